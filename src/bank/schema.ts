import type { BankErrorCode } from './codes.js';
import { maskContractId } from './input.js';
import type { DBSchema, DatabaseDefinition } from '../store/index.js';

export interface CustomerRecord {
  /** 契約者ID(利用者番号), digits. */
  contractId: string;
  name: string;
  /**
   * The name in Latin letters, which English shows (`Taro Yamada` for 山田 太郎): the demo
   * customers have one; a customer a trainer adds has only the name as typed.
   */
  nameEn?: string;
  /** Whole yen. */
  balance: number;
  password: { salt: Uint8Array; hash: Uint8Array; iterations: number };
  /** The registered token's credential ID; absent when none is registered. */
  credentialId?: string;
  /** Consecutive failed passwords or codes since the last success. */
  failedAttempts: number;
  locked: boolean;
  createdAt: number;
  lastLoginAt: number | null;
}

export type SessionPurpose = 'login-otp' | 'register' | 'deactivate' | 'account';

/**
 * A login session (`account`), or a ticket that carries a flow from its first screen to the
 * next: A1 after L, R2 after R1, S2 after S1.
 */
export interface SessionRecord {
  id: string;
  purpose: SessionPurpose;
  contractId: string;
  createdAt: number;
  expiresAt: number;
  /** For `account`: the login before this one, shown on the account page. */
  previousLoginAt?: number | null;
}

/** Every operation the audit log records, in the order the bank counter offers them as filters. */
export const AUDIT_OPERATIONS = [
  'login',
  'login-otp',
  'register-auth',
  'register-token',
  'deactivate-auth',
  'deactivate-token',
  'logout',
  'staff-reset-token',
  'staff-unlock',
  'customer-added',
] as const;

export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** One attempt, successful or not. Never a password, a secret or a code. */
export interface AuditEntry {
  id?: number;
  time: number;
  contractId: string | null;
  operation: AuditOperation;
  result: 'ok' | BankErrorCode;
  credentialId?: string;
}

/**
 * A contract ID no customer has, counted so that it gets the answers a customer's wrong password
 * gets (the same tries remaining, then `locked`). Kept under a keyed hash of the ID, not the ID.
 */
interface UnknownContractRecord {
  /** HMAC-SHA-256 of the contract ID under the bank's key (`keys`), in hex. */
  key: string;
  failedAttempts: number;
  lastAttemptAt: number;
}

/** The bank's own keys: made once with the database, never shown, never reset. */
interface BankKeyRecord {
  name: typeof UNKNOWN_CONTRACT_KEY;
  key: Uint8Array;
}

export const UNKNOWN_CONTRACT_KEY = 'unknown-contract';

export interface BankSchema extends DBSchema {
  customers: { key: string; value: CustomerRecord; indexes: { 'by-credential': string } };
  sessions: { key: string; value: SessionRecord };
  'unknown-contracts': { key: string; value: UnknownContractRecord };
  keys: { key: string; value: BankKeyRecord };
  audit: {
    key: number;
    value: AuditEntry;
    indexes: {
      'by-contract': string;
      'by-operation': string;
      'by-contract-operation': [string, AuditOperation];
    };
  };
}

export const bankDatabase: DatabaseDefinition = {
  name: 'otp-rehearsal-bank',
  migrations: [
    // v1: customers, sessions and an unindexed audit log.
    (db) => {
      db.createStore('customers', { keyPath: 'contractId' });
      // Unique: a token ID belongs to one installed app, so to at most one customer.
      db.createIndex('customers', 'by-credential', { keyPath: 'credentialId', unique: true });
      db.createStore('sessions', { keyPath: 'id' });
      db.createStore('audit', { keyPath: 'id', autoIncrement: true });
    },
    // v2: the bank counter filters the audit log by customer and by operation, newest first;
    // the account page shows the last login, which v1 customers lack.
    async (db) => {
      db.createIndex('audit', 'by-contract', { keyPath: 'contractId' });
      db.createIndex('audit', 'by-operation', { keyPath: 'operation' });
      await db.updateEach('customers', (customer) => ({ lastLoginAt: null, ...customer }));
    },
    // v3: the counter filters by customer and operation at once. One index walk, newest first
    // (index entries sort by key, then by primary key), instead of reading every entry of the
    // customer and keeping the operation's. Entries without a contract ID are not in it, as in
    // by-contract: an array key with null in it is not a valid key.
    (db) => {
      db.createIndex('audit', 'by-contract-operation', { keyPath: ['contractId', 'operation'] });
    },
    // v4: an unknown contract ID is logged masked, never whole (it may be a one-time password typed
    // into the wrong field), so its tries are counted apart, under a keyed hash of the ID. Tries
    // logged before count no more: they start again from none.
    async (db) => {
      db.createStore('unknown-contracts', { keyPath: 'key' });
      db.createStore('keys', { keyPath: 'name' });
      await db.put('keys', { name: UNKNOWN_CONTRACT_KEY, key: crypto.getRandomValues(new Uint8Array(32)) });
      await db.updateEach('audit', (entry) =>
        entry.result === 'unknown-contract' && typeof entry.contractId === 'string'
          ? { ...entry, contractId: maskContractId(entry.contractId) }
          : entry,
      );
    },
  ],
};
