/**
 * The IndexedDB implementation of the store interface, through idb. Upgrades run the
 * definition's migrations from the stored version to the latest, inside the one versionchange
 * transaction, so a half-upgraded database never exists.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  checkPageQuery,
  type DBSchema,
  type Database,
  type DatabaseDefinition,
  type PageQuery,
  type SchemaEditor,
  type StoreNames,
  type Transaction,
  type TxStore,
} from './types.js';

// The typed idb API is bypassed here: store and index names are checked by the generic layer.
type AnyTransaction = IDBPTransaction<unknown, string[], IDBTransactionMode>;
type AnyDatabase = IDBPDatabase<unknown>;

function editorFor(db: AnyDatabase, tx: IDBPTransaction<unknown, string[], 'versionchange'>): SchemaEditor {
  return {
    createStore(name, definition) {
      db.createObjectStore(name, definition);
    },
    createIndex(store, name, definition) {
      tx.objectStore(store).createIndex(name, definition.keyPath, { unique: definition.unique ?? false });
    },
    deleteIndex(store, name) {
      tx.objectStore(store).deleteIndex(name);
    },
    async updateEach(store, update) {
      let cursor = await tx.objectStore(store).openCursor();
      while (cursor) {
        const value = cursor.value as Record<string, unknown>;
        const updated = update(value);
        if (updated !== value) await cursor.update(updated);
        cursor = await cursor.continue();
      }
    },
    async put(store, value) {
      await tx.objectStore(store).put(value);
    },
  };
}

function txStore<S extends DBSchema, N extends StoreNames<S>>(
  tx: AnyTransaction,
  name: string,
): TxStore<S, N> {
  const store = tx.objectStore(name);
  const source = (index?: unknown) => (index === undefined ? store : store.index(index as string));
  return {
    get: (key) => store.get(key as IDBValidKey) as never,
    getAll: () => store.getAll() as never,
    getFromIndex: (index, key) => store.index(index as string).get(key) as never,
    getAllFromIndex: (index, key) => store.index(index as string).getAll(key) as never,
    count: (index, key) => source(index).count(key),
    async page(query: PageQuery<S, N>) {
      checkPageQuery(query);
      const { only, after } = query;
      const direction = query.direction ?? 'next';
      let range = only === undefined ? undefined : IDBKeyRange.only(only);
      if (after !== undefined && query.index === undefined) {
        range =
          direction === 'prev' ? IDBKeyRange.upperBound(after, true) : IDBKeyRange.lowerBound(after, true);
      }
      let cursor = await source(query.index).openCursor(range, direction);
      if (cursor && after !== undefined && only !== undefined) {
        // Within one index key the cursor runs in primary key order: seek to `after`, then past it.
        const order = indexedDB.cmp(cursor.primaryKey, after);
        if (direction === 'prev' ? order > 0 : order < 0) {
          cursor = await cursor.continuePrimaryKey(only, after);
        }
        if (cursor && indexedDB.cmp(cursor.primaryKey, after) === 0) cursor = await cursor.continue();
      }
      if (cursor && query.offset) cursor = await cursor.advance(query.offset);
      const rows: unknown[] = [];
      while (cursor && rows.length < query.limit) {
        rows.push(cursor.value);
        cursor = await cursor.continue();
      }
      return rows as never;
    },
    add: (value) => store.add!(value) as never,
    put: (value) => store.put!(value) as never,
    delete: (key) => store.delete!(key as IDBValidKey),
    clear: () => store.clear!(),
  };
}

function wrap<S extends DBSchema>(tx: AnyTransaction): Transaction<S> {
  return { store: (name) => txStore(tx, name as string) };
}

/** How long an upgrade waits for other connections to close before giving up. */
const BLOCKED_GRACE_MS = 3000;

export class DatabaseClosedError extends Error {
  override name = 'DatabaseClosedError';
}

/** Opens (creating or upgrading) an IndexedDB database. Rejects if IndexedDB refuses. */
export async function openIndexedDatabase<S extends DBSchema>(
  definition: DatabaseDefinition,
): Promise<Database<S>> {
  const version = definition.migrations.length;
  let closedBecause: string | undefined;
  let upgradeError: unknown;

  let reportBlocked: (error: Error) => void = () => undefined;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_resolve, reject) => (reportBlocked = reject));

  const opening = openDB(definition.name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      const editor = editorFor(database as AnyDatabase, tx as never);
      const steps = definition.migrations.slice(oldVersion);
      // Steps await only this transaction's requests, so it stays active between them.
      (async () => {
        for (const step of steps) await step(editor);
      })().catch((error: unknown) => {
        upgradeError = error;
        tx.abort();
      });
    },
    blocked() {
      // Another connection has not closed for our upgrade yet. Ours close themselves on
      // versionchange, but only once their running transactions finish, and Chromium reports
      // "blocked" meanwhile: wait a moment. One that never closes (an old tab of an older
      // build) must not hang the page: then give up and let the caller fall back to memory.
      blockedTimer = setTimeout(() => {
        const error = new Error(`an older version of ${definition.name} is open in another tab`);
        error.name = 'BlockedError';
        reportBlocked(error);
      }, BLOCKED_GRACE_MS);
    },
    blocking() {
      // Another tab upgrades or deletes this database: let it, rather than block it.
      closedBecause = `Database ${definition.name} was upgraded or deleted in another tab; reload this page.`;
      db.close();
    },
    terminated() {
      closedBecause = `The browser closed database ${definition.name}; reload this page.`;
    },
  });
  // If we gave up while blocked, a connection that opens later is closed at once.
  blocked.catch(() =>
    opening.then(
      (late) => late.close(),
      () => undefined,
    ),
  );

  const db = (await Promise.race([opening, blocked])
    .catch((error: unknown) => {
      throw upgradeError ?? error;
    })
    .finally(() => clearTimeout(blockedTimer))) as AnyDatabase;

  const transaction = (stores: StoreNames<S>[], mode: IDBTransactionMode) => {
    if (closedBecause) throw new DatabaseClosedError(closedBecause);
    return db.transaction(stores as string[], mode) as AnyTransaction;
  };

  return {
    name: definition.name,
    kind: 'indexeddb',
    async read(stores, work) {
      const tx = transaction(stores, 'readonly');
      const result = await work(wrap(tx));
      await tx.done;
      return result;
    },
    async write(stores, work) {
      const tx = transaction(stores, 'readwrite');
      try {
        const result = await work(wrap(tx));
        await tx.done;
        return result;
      } catch (error) {
        tx.done.catch(() => undefined); // it rejects once aborted; the caller gets `error`
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing left to undo.
        }
        throw error;
      }
    },
    close() {
      closedBecause ??= `Database ${definition.name} is closed.`;
      db.close();
    },
  };
}
