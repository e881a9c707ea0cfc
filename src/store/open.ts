import { openIndexedDatabase } from './indexeddb.js';
import type { DBSchema, Database, DatabaseDefinition, StorageKind } from './types.js';

/**
 * The memory store is a fallback (and the tests' store): imported when it is needed, so it is a
 * chunk of its own that a browser with IndexedDB never downloads.
 */
async function openMemoryDatabase<S extends DBSchema>(definition: DatabaseDefinition, reason?: string) {
  const memory = await import('./memory.js');
  return memory.openMemoryDatabase<S>(definition, reason);
}

/**
 * Opens a party's database in IndexedDB; where that is impossible (no IndexedDB, a browser
 * that refuses it, a newer version already on disk), opens an empty memory database instead
 * and says why in `fallbackReason`, so the demo still runs and the page can tell the person
 * that nothing will be kept.
 */
export async function openDatabase<S extends DBSchema>(
  definition: DatabaseDefinition,
  options: { memory?: boolean } = {},
): Promise<Database<S>> {
  if (options.memory) return openMemoryDatabase<S>(definition);
  if (typeof indexedDB === 'undefined') {
    return openMemoryDatabase<S>(definition, 'IndexedDB is not available here.');
  }
  try {
    return await openIndexedDatabase<S>(definition);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return openMemoryDatabase<S>(definition, `IndexedDB could not be opened (${reason}).`);
  }
}

/** The databases of `definitions`, by the same names, each typed by its schema in `M`. */
type Databases<M extends Record<string, DBSchema>> = { [K in keyof M]: Database<M[K]> };

export interface PartyStorage<M extends Record<string, DBSchema>> {
  databases: Databases<M>;
  /** Where all of them are: on disk, or (all of them) in memory. */
  kind: StorageKind;
  /** Why memory, when IndexedDB was wanted: which database could not be opened, and the error. */
  fallbackReason?: string;
}

/**
 * Opens several parties' databases together, all on disk or all in memory — never some of each:
 * parties that share state (a token's secret on the device and at the service, the bank's record
 * of which token is registered) must be kept, or forgotten, together. If any cannot be opened in
 * IndexedDB, those that could are closed untouched and every party runs in memory, with the
 * reason. Nothing on disk is changed by falling back.
 */
export async function openStorage<M extends Record<string, DBSchema>>(
  definitions: { [K in keyof M]: DatabaseDefinition },
  options: { memory?: boolean } = {},
): Promise<PartyStorage<M>> {
  const names = Object.keys(definitions) as (keyof M & string)[];
  const inMemory = async (fallbackReason?: string): Promise<PartyStorage<M>> => {
    const opened = await Promise.all(
      names.map((name) => openMemoryDatabase<M[typeof name]>(definitions[name], fallbackReason)),
    );
    const databases = Object.fromEntries(names.map((name, i) => [name, opened[i]])) as Databases<M>;
    return fallbackReason === undefined
      ? { databases, kind: 'memory' }
      : { databases, kind: 'memory', fallbackReason };
  };
  if (options.memory) return inMemory();
  if (typeof indexedDB === 'undefined') return inMemory('IndexedDB is not available here.');

  const attempts = await Promise.allSettled(
    names.map((name) => openIndexedDatabase<M[typeof name]>(definitions[name])),
  );
  const failed = attempts.findIndex((attempt) => attempt.status === 'rejected');
  if (failed === -1) {
    const opened = attempts.map((attempt) => (attempt as PromiseFulfilledResult<Database<DBSchema>>).value);
    const databases = Object.fromEntries(names.map((name, i) => [name, opened[i]])) as Databases<M>;
    return { databases, kind: 'indexeddb' };
  }
  for (const attempt of attempts) if (attempt.status === 'fulfilled') attempt.value.close();
  const error = (attempts[failed] as PromiseRejectedResult).reason;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return inMemory(`IndexedDB could not be opened for ${definitions[names[failed]].name} (${reason}).`);
}
