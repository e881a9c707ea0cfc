import { openIndexedDatabase } from './indexeddb.js';
import type { DBSchema, Database, DatabaseDefinition } from './types.js';

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
