// The static build's data on this device: how much the browser holds for this site, whether it may
// be cleared by the browser under storage pressure, and deleting all of it.
import { forgetSavedViews } from '../local-api/saved-view.js';
import { stopApiWorker } from '../local-api/worker-client.js';

export interface DeviceStorage {
  /** Bytes this site uses (the database, and the app kept for offline use). */
  used: number | undefined;
  /** Whether the browser keeps the data even when space runs low. */
  persisted: boolean;
}

export async function deviceStorage(): Promise<DeviceStorage> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
  return { used: estimate?.usage, persisted };
}

/** Asks the browser to keep this site's data under storage pressure; whether it agreed. */
export async function keepData(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * Every case on this device, gone: the in-browser API is stopped (it holds the database open), then
 * every IndexedDB database of this site is deleted (only Wakai's are here), and the overviews saved
 * for the next visit's first moment.
 */
export async function deleteAllDeviceData(): Promise<void> {
  stopApiWorker();
  forgetSavedViews();
  const databases = await indexedDB.databases();
  await Promise.all(databases.flatMap(({ name }) => (name ? [deleteDatabase(name)] : [])));
}
