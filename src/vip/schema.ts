/**
 * What the validation service keeps (its database) and the shapes it answers in, shared by the
 * service (service.ts), its verdicts (validate.ts) and its counter operations (admin.ts).
 */
import type { DBSchema, DatabaseDefinition } from '../store/index.js';

export type CredentialKind = 'mobile' | 'desktop';

interface VipCredential {
  credentialId: string;
  kind: CredentialKind;
  secret: Uint8Array;
  provisionedAt: number;
  /** The newest step accepted; no step at or before it is accepted again. -1: none yet. */
  lastAcceptedStep: number;
  consecutiveFailures: number;
  locked: boolean;
}

/**
 * A credential a trainer's reset removed, remembered so that a code for it is answered for what
 * it is (an app from before the reset, still shown by a tab that has not caught up), not as an
 * ID that never existed.
 */
interface RemovedCredential {
  credentialId: string;
  removedAt: number;
}

export interface VipSchema extends DBSchema {
  credentials: { key: string; value: VipCredential };
  removed: { key: string; value: RemovedCredential };
}

export const vipDatabase: DatabaseDefinition = {
  name: 'otp-rehearsal-vip',
  migrations: [
    (db) => db.createStore('credentials', { keyPath: 'credentialId' }),
    // v2: credentials removed by a reset.
    (db) => db.createStore('removed', { keyPath: 'credentialId' }),
  ],
};

/** A credential's standing at the service, as the bank counter may see it: never its secret. */
export interface CredentialStatus {
  credentialId: string;
  /** Invalid codes in a row since the last accepted one (replays are not counted). */
  consecutiveFailures: number;
  locked: boolean;
}

/** Invalid codes in a row that lock a credential (Broadcom KB 273344). */
export const VIP_MAX_FAILURES = 10;

type ValidationFailureCode =
  | 'malformed-request'
  | 'malformed-credential-id'
  | 'malformed-code'
  | 'unknown-credential'
  | 'credential-removed'
  | 'wrong-code'
  | 'replayed-code'
  | 'credential-locked';

export type ValidationResult =
  | { ok: true; status: '0000'; step: number; delta: number }
  | {
      ok: false;
      code: 'replayed-code';
      status: '6009';
      /** Seconds until the token shows a code the service will accept (0: it shows one now). */
      retryInSeconds: number;
    }
  | { ok: false; code: Exclude<ValidationFailureCode, 'replayed-code'>; status: '6004' | '6009' };

export type UnlockResult =
  { ok: true } | { ok: false; code: 'malformed-credential-id' | 'unknown-credential' };

export interface CredentialSummary {
  credentialId: string;
  kind: CredentialKind;
  provisionedAt: number;
  consecutiveFailures: number;
  locked: boolean;
}

const CREDENTIAL_ID = /^[A-Z]{4}\d{8}$/;

// What the service is handed is checked before use, as a real service checks a request: anything
// else is refused with a code, never thrown on.
export const isCredentialId = (value: unknown): value is string =>
  typeof value === 'string' && CREDENTIAL_ID.test(value);
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
