// The pure-JS hashes behind src/noble.ts's lazy import: one chunk for HMAC and PBKDF2.
export { hmac } from '@noble/hashes/hmac.js';
export { sha1 } from '@noble/hashes/legacy.js';
export { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
export { sha256, sha512 } from '@noble/hashes/sha2.js';
