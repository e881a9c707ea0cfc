/**
 * The raw IndexedDB API, promised, for tests that must set up a database the way an older
 * version of the app (or another browser tab) left it, and clean up after themselves.
 */

export function uniqueName(): string {
  return `test-${crypto.randomUUID()}`;
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Deletes a database. A connection some test left open would block the deletion; that is a
 * test bug, so it fails at once instead of hanging until the timeout.
 */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`Deleting ${name} is blocked by an open connection`));
  });
}

/** Opens with the raw API; `upgrade` runs inside the versionchange transaction. */
export function rawOpen(
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  request.onupgradeneeded = () => upgrade?.(request.result, request.transaction!);
  return settle(request);
}

/** Runs `work` in one raw readwrite transaction and waits for it to commit. */
export function rawWrite(
  db: IDBDatabase,
  stores: string[],
  work: (tx: IDBTransaction) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
    work(tx);
  });
}

/** The version and each store's index names of a database on disk. */
export async function rawShape(
  name: string,
): Promise<{ version: number; indexes: Record<string, string[]> }> {
  const db = await rawOpen(name);
  try {
    const indexes: Record<string, string[]> = {};
    const storeNames = [...db.objectStoreNames];
    if (storeNames.length > 0) {
      const tx = db.transaction(storeNames, 'readonly');
      for (const store of storeNames) indexes[store] = [...tx.objectStore(store).indexNames].sort();
    }
    return { version: db.version, indexes };
  } finally {
    db.close();
  }
}

/** The error a promise rejects with; fails if it fulfils. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it fulfilled');
}
