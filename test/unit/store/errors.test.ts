import { describe, expect, it } from 'vitest';
import { StorageError, isStorageError, storageErrorFrom } from '../../../src/store/errors.js';

describe('StorageError', () => {
  it('names the database and the reason, and keeps the cause', () => {
    const cause = new DOMException('The transaction was aborted', 'AbortError');
    const error = new StorageError('failed', 'otp-rehearsal-bank', { cause });
    expect(error).toMatchObject({
      name: 'StorageError',
      reason: 'failed',
      database: 'otp-rehearsal-bank',
      cause,
    });
    expect(error.message).toBe('otp-rehearsal-bank: failed (AbortError: The transaction was aborted)');
  });

  it('classifies what IndexedDB raises: a full disk is quota, anything else failed', () => {
    expect(storageErrorFrom(new DOMException('full', 'QuotaExceededError'), 'db')).toMatchObject({
      reason: 'quota',
    });
    for (const name of ['AbortError', 'UnknownError', 'DataCloneError', 'ConstraintError']) {
      expect(storageErrorFrom(new DOMException('x', name), 'db')).toMatchObject({ reason: 'failed' });
    }
    const already = new StorageError('newer-version', 'db');
    expect(storageErrorFrom(already, 'other')).toBe(already);
  });

  it('is recognised by its shape, also from a second copy of the module', () => {
    const copy = Object.assign(new Error('db: deleted'), { name: 'StorageError', reason: 'deleted' });
    expect(isStorageError(copy)).toBe(true);
    expect(isStorageError(new StorageError('closed', 'db'))).toBe(true);
    expect(isStorageError(Object.assign(new Error(), { name: 'StorageError', reason: 'bored' }))).toBe(false);
    expect(isStorageError(new TypeError('x'))).toBe(false);
    expect(isStorageError('StorageError')).toBe(false);
  });
});
