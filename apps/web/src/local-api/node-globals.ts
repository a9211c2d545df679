// Node's globals as the API's libraries expect them, set before they load: Buffer (the document
// writers pdfkit, exceljs and docx use it as Node code does) and a bare `process` (PGlite 0.4 reads
// process.exitCode when it opens). `process.versions.node` stays unset: nothing takes this for Node.
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: typeof Buffer; process?: { env: Record<string, string>; exitCode?: number } };
scope.Buffer ??= Buffer;
scope.process ??= { env: {} };
