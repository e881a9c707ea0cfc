/**
 * What the validation service keeps (its database) and the shapes it answers in, shared by the
 * service (service.ts) and its counter operations (admin.ts).
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
