/**
 * The one error a party operation rejects with when storage failed under it: not a person's
 * mistake (those are typed results), and never a half-written change — a transaction that failed
 * wrote nothing. The page shows it where it happened, with a way out (reload).
 */

/**
 * Why storage failed:
 * - `newer-version`: another tab opened the database at a newer version (a newer build of the
 *   app); this page's build can no longer use it. Reloading loads the new build.
 * - `deleted`: the database was deleted under the page (site data cleared); reloading starts afresh.
 * - `closed`: the connection was closed and could not be opened again in time.
 * - `quota`: the browser's storage for this site is full.
 * - `failed`: a request or the commit of a transaction failed (the transaction was rolled back).
 */
export type StorageFailure = 'newer-version' | 'deleted' | 'closed' | 'quota' | 'failed';

export const STORAGE_FAILURES: readonly StorageFailure[] = [
  'newer-version',
  'deleted',
  'closed',
  'quota',
  'failed',
];

export class StorageError extends Error {
  override name = 'StorageError';

  constructor(
    readonly reason: StorageFailure,
    /** The database concerned. */
    readonly database: string,
    options?: { cause?: unknown },
  ) {
    super(`${database}: ${reason}${causeText(options?.cause)}`, options);
  }
}

function causeText(cause: unknown): string {
  return cause instanceof Error ? ` (${cause.name}: ${cause.message})` : '';
}

/**
 * Whether `error` is a StorageError — by its shape, so that one from a second copy of this module
 * (an embedder that loads the elements twice) is recognised too.
 */
export function isStorageError(error: unknown): error is StorageError {
  return (
    error instanceof Error &&
    error.name === 'StorageError' &&
    STORAGE_FAILURES.includes((error as Partial<StorageError>).reason as StorageFailure)
  );
}

/** An error IndexedDB (or the memory store standing in for it) raised, as a StorageError. */
export function storageErrorFrom(error: unknown, database: string): StorageError {
  if (isStorageError(error)) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return new StorageError(name === 'QuotaExceededError' ? 'quota' : 'failed', database, { cause: error });
}
