/**
 * The memory implementation of the store interface: used in Node unit tests, and in a browser
 * where IndexedDB cannot be opened. It keeps IndexedDB's semantics that party code relies on:
 * records are copied in and out (structured clone), a readwrite transaction is all-or-nothing,
 * writes run one at a time, unique indexes are enforced and keys sort as IndexedDB sorts them.
 */
import { StorageError } from './errors.js';
import { compareKeys, keyAt, keyId } from './keys.js';
import {
  checkPageQuery,
  type DBSchema,
  type Database,
  type DatabaseDefinition,
  type IndexDefinition,
  type PageQuery,
  type SchemaEditor,
  type StoreDefinition,
  type StoreNames,
  type Transaction,
  type TxStore,
} from './types.js';

interface MemoryStore {
  definition: StoreDefinition;
  indexes: Map<string, IndexDefinition>;
  records: Map<string, { key: IDBValidKey; value: unknown }>;
  nextAutoKey: number;
}

export class ConstraintError extends Error {
  override name = 'ConstraintError';
}

function cloneStore(store: MemoryStore): MemoryStore {
  return { ...store, indexes: new Map(store.indexes), records: new Map(store.records) };
}

function sortedEntries(store: MemoryStore, index?: string, only?: IDBValidKey) {
  const indexDefinition = index === undefined ? undefined : store.indexes.get(index);
  if (index !== undefined && !indexDefinition) throw new Error(`No index ${index}`);
  const rows: { indexKey: IDBValidKey; key: IDBValidKey; value: unknown }[] = [];
  for (const { key, value } of store.records.values()) {
    const indexKey = indexDefinition ? keyAt(value, indexDefinition.keyPath) : key;
    // A record whose index key is missing or invalid is not in the index (as in IndexedDB).
    if (indexKey === undefined) continue;
    if (only !== undefined && compareKeys(indexKey, only) !== 0) continue;
    rows.push({ indexKey, key, value });
  }
  rows.sort((a, b) => compareKeys(a.indexKey, b.indexKey) || compareKeys(a.key, b.key));
  return rows;
}

/** Per transaction: the first failed request, which (as in IndexedDB) aborts it all. */
interface TxState {
  failure?: unknown;
}

function txStore<S extends DBSchema, N extends StoreNames<S>>(
  store: MemoryStore,
  writable: boolean,
  state: TxState,
): TxStore<S, N> {
  const out = <T>(value: unknown) => structuredClone(value) as T;
  const requireWritable = () => {
    if (!writable) throw new Error('ReadOnlyError: the transaction is read-only');
  };

  function write(value: unknown, mustBeNew: boolean) {
    try {
      return writeRecord(value, mustBeNew);
    } catch (error) {
      state.failure ??= error;
      throw error;
    }
  }

  function writeRecord(value: unknown, mustBeNew: boolean) {
    requireWritable();
    const record = structuredClone(value) as Record<string, unknown>;
    const { keyPath, autoIncrement } = store.definition;
    let key = keyAt(record, keyPath);
    if (key === undefined) {
      if (!autoIncrement) throw new Error(`DataError: no valid key at "${keyPath}"`);
      key = store.nextAutoKey;
      record[keyPath] = key;
    }
    if (autoIncrement && typeof key === 'number' && key >= store.nextAutoKey) {
      store.nextAutoKey = Math.floor(key) + 1;
    }
    const id = keyId(key);
    if (mustBeNew && store.records.has(id)) throw new ConstraintError(`Key already exists in ${keyPath}`);
    for (const [name, index] of store.indexes) {
      if (!index.unique) continue;
      const indexKey = keyAt(record, index.keyPath);
      if (indexKey === undefined) continue;
      for (const [otherId, other] of store.records) {
        if (otherId === id) continue;
        const otherKey = keyAt(other.value, index.keyPath);
        if (otherKey !== undefined && compareKeys(otherKey, indexKey) === 0) {
          throw new ConstraintError(`Unique index ${name} already has this key`);
        }
      }
    }
    store.records.set(id, { key, value: record });
    return key as never;
  }

  return {
    async get(key) {
      return out(store.records.get(keyId(key as IDBValidKey))?.value);
    },
    async getAll() {
      return sortedEntries(store).map((row) => out(row.value));
    },
    async getFromIndex(index, key) {
      const [first] = sortedEntries(store, index as string, key);
      return first && out(first.value);
    },
    async getAllFromIndex(index, key) {
      return sortedEntries(store, index as string, key).map((row) => out(row.value));
    },
    async count(index, key) {
      if (index === undefined) return store.records.size;
      return sortedEntries(store, index as string, key).length;
    },
    async page(query: PageQuery<S, N>) {
      checkPageQuery(query);
      let rows = sortedEntries(store, query.index as string | undefined, query.only);
      if (query.direction === 'prev') rows.reverse();
      const { after } = query;
      if (after !== undefined) {
        const past = query.direction === 'prev' ? -1 : 1;
        rows = rows.filter((row) => compareKeys(row.key, after) === past);
      }
      const offset = query.offset ?? 0;
      return rows.slice(offset, offset + query.limit).map((row) => out(row.value));
    },
    async add(value) {
      return write(value, true);
    },
    async put(value) {
      return write(value, false);
    },
    async delete(key) {
      requireWritable();
      store.records.delete(keyId(key as IDBValidKey));
    },
    async clear() {
      requireWritable();
      store.records.clear();
    },
  };
}

function editorFor(stores: Map<string, MemoryStore>): SchemaEditor {
  const storeNamed = (name: string) => {
    const store = stores.get(name);
    if (!store) throw new Error(`No object store ${name}`);
    return store;
  };
  return {
    createStore(name, definition) {
      stores.set(name, { definition, indexes: new Map(), records: new Map(), nextAutoKey: 1 });
    },
    createIndex(store, name, definition) {
      storeNamed(store).indexes.set(name, definition);
    },
    deleteIndex(store, name) {
      storeNamed(store).indexes.delete(name);
    },
    async updateEach(store, update) {
      const target = storeNamed(store);
      for (const [id, record] of target.records) {
        target.records.set(id, { key: record.key, value: update(record.value as Record<string, unknown>) });
      }
    },
    async put(store, value) {
      const target = storeNamed(store);
      const key = keyAt(value, target.definition.keyPath);
      if (key === undefined) throw new Error(`DataError: no valid key at "${target.definition.keyPath}"`);
      target.records.set(keyId(key), { key, value: structuredClone(value) });
    },
  };
}

/** Opens a fresh, empty memory database at the definition's latest version. */
export async function openMemoryDatabase<S extends DBSchema>(
  definition: DatabaseDefinition,
  fallbackReason?: string,
): Promise<Database<S>> {
  let committed = new Map<string, MemoryStore>();
  const editor = editorFor(committed);
  for (const migrate of definition.migrations) await migrate(editor);

  // Writes run one after another, as IndexedDB runs overlapping readwrite transactions.
  let writeQueue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const transaction = (
    stores: Map<string, MemoryStore>,
    scope: StoreNames<S>[],
    writable: boolean,
    state: TxState = {},
  ): Transaction<S> => ({
    store(name) {
      const store = scope.includes(name) ? stores.get(name as string) : undefined;
      if (!store) throw new Error(`NotFoundError: ${String(name)} is not in this transaction`);
      return txStore(store, writable, state);
    },
  });
  const requireOpen = () => {
    if (closed) throw new StorageError('closed', definition.name);
  };

  return {
    name: definition.name,
    kind: 'memory',
    fallbackReason,
    async read(storeNames, work) {
      requireOpen();
      return work(transaction(committed, storeNames, false));
    },
    write(storeNames, work) {
      requireOpen();
      const run = async () => {
        // Work on copies of the touched stores; only a transaction that completes replaces them.
        const working = new Map(committed);
        for (const name of storeNames) {
          const store = committed.get(name as string);
          if (store) working.set(name as string, cloneStore(store));
        }
        const state: TxState = {};
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work(transaction(working, storeNames, true, state));
        } catch (error) {
          // A request's failure is storage's, as in IndexedDB; the work's own errors pass as they are.
          throw state.failure !== undefined && error === state.failure
            ? new StorageError('failed', definition.name, { cause: error })
            : error;
        }
        // A request that failed aborts the transaction even if `work` caught its error.
        if (state.failure !== undefined)
          throw new StorageError('failed', definition.name, { cause: state.failure });
        committed = working;
        return result;
      };
      const result = writeQueue.then(run, run);
      writeQueue = result.catch(() => undefined);
      return result;
    },
    close() {
      closed = true;
    },
  };
}
