// The document renderer's thread, in the browser: the in-browser API is a Web Worker already (the
// page never waits on it), so the document is rendered right there.
export { renderModel as renderModelOffThread } from '@wakai/documents/render';
