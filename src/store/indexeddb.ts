/**
 * The IndexedDB implementation of the store interface, through idb. Upgrades run the
 * definition's migrations from the stored version to the latest, inside the one versionchange
 * transaction, so a half-upgraded database never exists.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { StorageError, isStorageError, storageErrorFrom, type StorageFailure } from './errors.js';
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
/**
 * How long an open may go unanswered — neither opened nor told it is blocked — before giving up.
 * Chromium may never say "blocked" while the connection in the way sits in a tab it has frozen or
 * is still waking, and an open queued behind another tab's blocked open is not told either. A
 * first visit creates all three databases in well under a second; this is for the open that
 * would otherwise leave the page loading for good.
 */
const UNANSWERED_OPEN_MS = 8000;
/** How long opening a lost connection again may take before the page is told to reload. */
const REOPEN_GRACE_MS = 3000;

/**
 * Opens (creating or upgrading) an IndexedDB database. Rejects if IndexedDB refuses.
 *
 * The connection can be lost while the page is open: another tab opens the database at a newer
 * version or deletes it (our connection closes itself so as not to block that), or the browser
 * closes it. The next operation then opens it again at this version, where that is safe — the
 * database is still there as this page knows it (another tab's upgrade failed, say). Where it is
 * not (a newer version, or the database gone: opening would create an empty one), every operation
 * rejects with a StorageError saying why, and nothing is written.
 */
export async function openIndexedDatabase<S extends DBSchema>(
  definition: DatabaseDefinition,
): Promise<Database<S>> {
  const version = definition.migrations.length;
  const name = definition.name;
  /** The open connection; undefined once lost, until opened again. */
  let current: AnyDatabase | undefined;
  /** Why it was lost, when it was. */
  let lost: StorageFailure | undefined;
  /** Set once this page cannot use the database any more: every operation fails with it. */
  let unusable: StorageError | undefined;
  let reopening: Promise<AnyDatabase> | undefined;

  /** A connection of ours was lost: drop it (if it is the current one) and say why. */
  function onLoss(connection: { db?: AnyDatabase }, reason: StorageFailure, close: boolean) {
    // Another tab upgrades or deletes this database: let it, rather than block it.
    if (close) connection.db?.close();
    if (connection.db && connection.db === current) {
      current = undefined;
      lost = reason;
    }
  }
  const lossHandlers = (connection: { db?: AnyDatabase }) => ({
    blocking(_currentVersion: number, blockedVersion: number | null) {
      onLoss(connection, blockedVersion === null ? 'deleted' : 'newer-version', true);
    },
    terminated() {
      onLoss(connection, 'closed', false);
    },
  });

  let upgradeError: unknown;
  let reportBlocked: (error: Error) => void = () => undefined;
  const blocked = new Promise<never>((_resolve, reject) => (reportBlocked = reject));
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  /** Gives up on the open after `ms`, unless it opens first (replacing any earlier deadline). */
  function giveUpAfter(ms: number, message: string) {
    clearTimeout(blockedTimer);
    blockedTimer = setTimeout(() => {
      const error = new Error(message);
      error.name = 'BlockedError';
      reportBlocked(error);
    }, ms);
  }
  giveUpAfter(UNANSWERED_OPEN_MS, `opening ${name} got no answer: another tab may hold it open`);

  const first: { db?: AnyDatabase } = {};
  const opening = openDB(name, version, {
    upgrade(database, oldVersion, _newVersion, tx) {
      clearTimeout(blockedTimer); // answered: nothing stands in the way any more
      const editor = editorFor(database as AnyDatabase, tx as never);
      const steps = definition.migrations.slice(oldVersion);
      // Steps await only this transaction's requests, so it stays active between them.
      (async () => {
        for (const step of steps) await step(editor);
      })().catch((error: unknown) => {
        upgradeError = error;
        tx.done.catch(() => undefined); // the open rejects with `error`
        tx.abort();
      });
    },
    blocked() {
      // Another connection has not closed for our upgrade yet. Ours close themselves on
      // versionchange, but only once their running transactions finish, and Chromium reports
      // "blocked" meanwhile: wait a moment. One that never closes (an old tab of an older
      // build) must not hang the page: then give up and let the caller fall back to memory.
      giveUpAfter(BLOCKED_GRACE_MS, `an older version of ${name} is open in another tab`);
    },
    ...lossHandlers(first),
  });
  // If we gave up while blocked, a connection that opens later is closed at once.
  blocked.catch(() =>
    opening.then(
      (late) => late.close(),
      () => undefined,
    ),
  );

  first.db = (await Promise.race([opening, blocked])
    .catch((error: unknown) => {
      throw upgradeError ?? error;
    })
    .finally(() => clearTimeout(blockedTimer))) as AnyDatabase;
  current = first.db;

  /** Opens the database again at this version, never creating or upgrading it. */
  async function reopen(): Promise<AnyDatabase> {
    const connection: { db?: AnyDatabase } = {};
    let notAsLeft = false;
    const opening = openDB(name, version, {
      upgrade(_database, _oldVersion, _newVersion, tx) {
        // Deleted (IndexedDB would now create it empty) or left at an older version by another
        // build: not the database this page knew. Creating or migrating it here would hide that.
        notAsLeft = true;
        tx.done.catch(() => undefined); // aborted on purpose: the open's rejection says so
        tx.abort();
      },
      ...lossHandlers(connection),
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new StorageError('closed', name)), REOPEN_GRACE_MS);
    });
    try {
      connection.db = (await Promise.race([opening, timeout])) as AnyDatabase;
      return connection.db;
    } catch (error) {
      opening.then(
        (late) => late.close(),
        () => undefined,
      );
      if (notAsLeft) throw new StorageError('deleted', name, { cause: error });
      if (error instanceof DOMException && error.name === 'VersionError') {
        throw new StorageError('newer-version', name, { cause: error });
      }
      throw isStorageError(error) ? error : new StorageError(lost ?? 'closed', name, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async function connection(): Promise<AnyDatabase> {
    if (unusable) throw unusable;
    if (current) return current;
    reopening ??= reopen()
      .then(
        (db) => {
          current = db;
          lost = undefined;
          return db;
        },
        (error: StorageError) => {
          unusable = error;
          throw error;
        },
      )
      .finally(() => (reopening = undefined));
    return reopening;
  }

  async function transaction(stores: StoreNames<S>[], mode: IDBTransactionMode) {
    const db = await connection();
    try {
      return db.transaction(stores as string[], mode) as AnyTransaction;
    } catch (error) {
      // Closed under us before its event arrived (InvalidStateError): open it again, once.
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw error;
      if (current === db) {
        current = undefined;
        lost ??= 'closed';
      }
      return (await connection()).transaction(stores as string[], mode) as AnyTransaction;
    }
  }

  /** A failure of IndexedDB's as a StorageError; the work's own errors pass as they are. */
  function failed(error: unknown): unknown {
    if (!(error instanceof DOMException)) return error;
    // A connection lost mid-transaction says why better than its AbortError does.
    return lost ? new StorageError(lost, name, { cause: error }) : storageErrorFrom(error, name);
  }

  return {
    name,
    kind: 'indexeddb',
    async read(stores, work) {
      const tx = await transaction(stores, 'readonly');
      try {
        const result = await work(wrap(tx));
        await tx.done;
        return result;
      } catch (error) {
        tx.done.catch(() => undefined);
        throw failed(error);
      }
    },
    async write(stores, work) {
      const tx = await transaction(stores, 'readwrite');
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
        throw failed(error);
      }
    },
    close() {
      unusable ??= new StorageError('closed', name);
      current?.close();
      current = undefined;
    },
  };
}
