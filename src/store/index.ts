export * from './types.js';
export { openDatabase, openStorage, type Databases, type PartyStorage } from './open.js';
export { openMemoryDatabase, ConstraintError } from './memory.js';
export { openIndexedDatabase } from './indexeddb.js';
export { StorageError, isStorageError, type StorageFailure } from './errors.js';
