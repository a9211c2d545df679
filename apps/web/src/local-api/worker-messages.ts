// What the page and the in-browser API (api-worker.ts) say to each other: an HTTP exchange, the
// bodies as bytes (handed over, not copied), and once, whether the database has opened.
export interface WorkerRequest {
  id: number;
  method: string;
  /** After /api, with the query. */
  path: string;
  headers: [string, string][];
  body?: ArrayBuffer;
}

export interface WorkerAnswer {
  id: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** Sent once the database is open and migrated (or could not be): until then the page says it is opening. */
export interface WorkerStatus {
  database: 'open' | 'failed';
}
