import type { DBSchema, Database, Transactions } from './types.js';

/**
 * The transactions of a database that may still be opening, as seen by code that must not run
 * before `ready`: each transaction asked for waits until the database is open and `ready` has
 * settled, then runs as asked — or rejects with the reason either failed. From then on,
 * transactions start at once, in the order they were asked for.
 *
 * The demo's parties are handed these (src/demo.ts), so the page can show its first screen while
 * the databases open and the first visit's seed is written: a login sent meanwhile waits for the
 * seed's customers instead of missing them.
 */
export function transactionsAfter<S extends DBSchema>(
  opening: Promise<Transactions<S>>,
  ready: Promise<unknown>,
): Transactions<S> {
  let open: Transactions<S> | undefined;
  const waiting = Promise.all([opening, ready]).then(([db]) => (open = db));
  waiting.catch(() => undefined); // said to each transaction that waited on it
  const after = <T>(run: (db: Transactions<S>) => Promise<T>): Promise<T> =>
    open ? run(open) : waiting.then(run);
  return {
    read: (stores, work) => after((db) => db.read(stores, work)),
    write: (stores, work) => after((db) => db.write(stores, work)),
  };
}

/** `db`, open already, with its transactions held back until `ready` (transactionsAfter). Closing is never held back. */
export function afterReady<S extends DBSchema>(db: Database<S>, ready: Promise<unknown>): Database<S> {
  const { read, write } = transactionsAfter(Promise.resolve(db), ready);
  return {
    get name() {
      return db.name;
    },
    get kind() {
      return db.kind;
    },
    get fallbackReason() {
      return db.fallbackReason;
    },
    read,
    write,
    close: () => db.close(),
  };
}
