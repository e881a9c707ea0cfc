/**
 * The persistence interface behind every party (bank, validation service, token device).
 * Two implementations share it: IndexedDB through idb, and memory (Node tests, or a browser
 * where IndexedDB cannot be opened). Party code is written once against this interface.
 */
import type { DBSchema, StoreNames, StoreValue, StoreKey, IndexNames } from 'idb';

export type { DBSchema, StoreNames };

export interface IndexDefinition {
  keyPath: string | string[];
  unique?: boolean;
}

export interface StoreDefinition {
  keyPath: string;
  autoIncrement?: boolean;
}

/**
 * What a migration step may do. The same steps build a memory database and upgrade an
 * IndexedDB one, so the two cannot drift apart.
 */
export interface SchemaEditor {
  createStore(name: string, definition: StoreDefinition): void;
  createIndex(store: string, name: string, definition: IndexDefinition): void;
  deleteIndex(store: string, name: string): void;
  /**
   * Rewrites every record of a store (backfilling a new field, say). A record for which `update`
   * returns the very object it was given is left as it is, not written again.
   */
  updateEach(
    store: string,
    update: (value: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<void>;
  /** Writes one record (a value every later version expects to find, say). */
  put(store: string, value: Record<string, unknown>): Promise<void>;
}

/** One database: its name, and its migrations in order; the version is their count. */
export interface DatabaseDefinition {
  name: string;
  /** `migrations[n]` upgrades version n to n + 1. Never edit a step that has shipped; add one. */
  migrations: ReadonlyArray<(editor: SchemaEditor) => void | Promise<void>>;
}

export interface PageQuery<S extends DBSchema, N extends StoreNames<S>> {
  index?: IndexNames<S, N>;
  /** Only records whose (index) key equals this. */
  only?: IDBValidKey;
  direction?: 'next' | 'prev';
  /**
   * Keyset paging: the walk starts just past the record with this primary key (below it going
   * 'prev', above it going 'next'). A page deep in a large store then costs what the first page
   * costs, where `offset` walks every record it skips (cursor.advance). Over an index it needs
   * `only` (within one index key, records are in primary key order); over the store it excludes `only`.
   */
  after?: IDBValidKey;
  offset?: number;
  limit: number;
}

/** Throws for the combinations of `only`, `index` and `after` that `page` does not support. */
export function checkPageQuery(query: { index?: unknown; only?: IDBValidKey; after?: IDBValidKey }): void {
  if (query.after === undefined) return;
  if (query.index !== undefined && query.only === undefined) {
    throw new Error('page: `after` over an index needs `only`');
  }
  if (query.index === undefined && query.only !== undefined) {
    throw new Error('page: `after` over the store excludes `only`');
  }
}

/** A store as seen inside one transaction. */
export interface TxStore<S extends DBSchema, N extends StoreNames<S>> {
  get(key: StoreKey<S, N>): Promise<StoreValue<S, N> | undefined>;
  getAll(): Promise<StoreValue<S, N>[]>;
  getFromIndex(index: IndexNames<S, N>, key: IDBValidKey): Promise<StoreValue<S, N> | undefined>;
  getAllFromIndex(index: IndexNames<S, N>, key: IDBValidKey): Promise<StoreValue<S, N>[]>;
  count(index?: IndexNames<S, N>, key?: IDBValidKey): Promise<number>;
  page(query: PageQuery<S, N>): Promise<StoreValue<S, N>[]>;
  /** Adds, failing if the key exists. Returns the key (the generated one for autoIncrement). */
  add(value: StoreValue<S, N>): Promise<StoreKey<S, N>>;
  put(value: StoreValue<S, N>): Promise<StoreKey<S, N>>;
  delete(key: StoreKey<S, N>): Promise<void>;
  clear(): Promise<void>;
}

export interface Transaction<S extends DBSchema> {
  store<N extends StoreNames<S>>(name: N): TxStore<S, N>;
}

export type StorageKind = 'indexeddb' | 'memory';

export interface Database<S extends DBSchema> {
  readonly name: string;
  readonly kind: StorageKind;
  /** Why the memory store is in use, when IndexedDB could not be opened. */
  readonly fallbackReason?: string;
  /**
   * Runs `work` in one transaction over `stores`. A readwrite transaction commits when `work`
   * resolves, and rolls back entirely if it throws or if any of its requests failed (even one
   * whose error `work` caught), as IndexedDB does. Inside `work`, await only this transaction's
   * own requests: compute every hash and HMAC first (idb README, "Transaction lifetime").
   */
  read<T>(stores: StoreNames<S>[], work: (tx: Transaction<S>) => Promise<T>): Promise<T>;
  write<T>(stores: StoreNames<S>[], work: (tx: Transaction<S>) => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * What a party does with its database: transactions, and nothing of where the database is kept
 * or how it was opened — so a party can be handed one that is still opening (src/store/gate.ts).
 */
export type Transactions<S extends DBSchema> = Pick<Database<S>, 'read' | 'write'>;
