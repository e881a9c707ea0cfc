export * from './types';
export { openDatabase } from './open';
export { openMemoryDatabase, ConstraintError } from './memory';
export { openIndexedDatabase, DatabaseClosedError } from './indexeddb';
