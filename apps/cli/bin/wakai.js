#!/usr/bin/env node
// Runs the built CLI (no TypeScript runtime, so a cold start stays fast). `npm ci` builds it.
import '../dist/main.js';
