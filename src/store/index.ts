export * from './types.js';
export { openDatabase } from './open.js';
export { openMemoryDatabase, ConstraintError } from './memory.js';
export { openIndexedDatabase, DatabaseClosedError } from './indexeddb.js';
