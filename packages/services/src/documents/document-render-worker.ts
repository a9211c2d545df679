// Runs in the document renderer's thread (document-render-thread.ts): each model posted is laid out
// and its bytes moved back, not copied.
import { parentPort } from 'node:worker_threads';
import { renderModel } from '@wakai/documents/render';
import type { RenderReply, RenderRequest } from './document-render-thread.js';

const reply = (message: RenderReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

parentPort?.on('message', async ({ id, model, format }: RenderRequest) => {
  try {
    // A copy of its own: a small Buffer shares Node's pool, which cannot be moved to another thread.
    const bytes = new Uint8Array(await renderModel(model, format));
    reply({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
