/**
 * A write failure of IndexedDB's own, on demand: a database whose writes to one store hand
 * IndexedDB a record it refuses, in the middle of the transaction. Nothing of the browser's API
 * is replaced; the refused record goes through the store interface.
 */
import type { DBSchema, Database, StoreNames, Transaction } from '../../../src/store/index.js';

/**
 * `db`, except that a record written to `store` is refused by IndexedDB: it is given a function,
 * which cannot be cloned, so the request fails with DataCloneError and the transaction aborts.
 */
export function refusingWritesTo<S extends DBSchema>(db: Database<S>, store: StoreNames<S>): Database<S> {
  const poisoned = (tx: Transaction<S>): Transaction<S> => ({
    store(name) {
      const real = tx.store(name);
      if (name !== store) return real;
      const refuse = (value: unknown) => ({ ...(value as object), notCloneable: () => 0 }) as never;
      return { ...real, add: (value) => real.add(refuse(value)), put: (value) => real.put(refuse(value)) };
    },
  });
  return { ...db, write: (stores, work) => db.write(stores, (tx) => work(poisoned(tx))) };
}
