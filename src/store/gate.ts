import type { DBSchema, Database } from './types.js';

/**
 * `db` as seen by code that must not run before `ready`: each transaction asked for waits until
 * `ready` has settled, then runs as asked — or rejects with `ready`'s reason, if it rejected. Once
 * `ready` has settled, transactions start at once, in the order they were asked for. Closing is
 * never held back.
 *
 * The demo's parties use it while the first visit's seed is written after the first screen
 * (src/demo.ts): a login sent meanwhile waits for the seed's customers instead of missing them.
 */
export function afterReady<S extends DBSchema>(db: Database<S>, ready: Promise<unknown>): Database<S> {
  let waiting: Promise<unknown> | undefined = ready;
  void ready.then(
    () => (waiting = undefined),
    () => undefined,
  );
  const after = <T>(run: () => Promise<T>): Promise<T> => (waiting ? waiting.then(run) : run());
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
    read: (stores, work) => after(() => db.read(stores, work)),
    write: (stores, work) => after(() => db.write(stores, work)),
    close: () => db.close(),
  };
}
