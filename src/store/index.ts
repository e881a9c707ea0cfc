export * from './types.js';
export { openDatabase, openStorage } from './open.js';
export { openMemoryDatabase, ConstraintError } from './memory.js';
export { openIndexedDatabase } from './indexeddb.js';
export { StorageError, isStorageError } from './errors.js';
