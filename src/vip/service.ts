/**
 * The token vendor's validation service (Symantec VIP's role). It alone knows each
 * credential's secret; the bank sends it a credential ID and a code and gets a verdict.
 *
 * Rules (shared/reference/facts.md): plain RFC 6238 TOTP (SHA-1, 6 digits, 30 s); a window of
 * ±1 step (RFC 6238 §5.2); "time-forward only" — once a step is accepted, it and every earlier
 * step fail (Broadcom KB 159646); 10 consecutive invalid codes lock the credential, a good code
 * resets the count (Broadcom KB 273344).
 *
 * A replayed code (the right code of a step already accepted) is refused but is not an invalid
 * code: it does not count towards the lock. The person did everything right — typed what the
 * token shows, perhaps just after registering, or after a trainer moved the clock back — and
 * only has to wait for the next code, so the refusal says how long.
 */
import type { ChangePoster } from '../changes.js';
import { onFirstUse } from '../lazy.js';
import type { Transactions } from '../store/index.js';
import {
  isCredentialId,
  isTime,
  type CredentialKind,
  type CredentialStatus,
  type CredentialSummary,
  type UnlockResult,
  type ValidationResult,
  type VipSchema,
} from './schema.js';

export {
  VIP_MAX_FAILURES,
  vipDatabase,
  type CredentialKind,
  type CredentialStatus,
  type CredentialSummary,
  type UnlockResult,
  type ValidationResult,
  type VipSchema,
} from './schema.js';

/** The counter's and the trainers' operations (admin.ts): with the trainer's tools, which use them. */
const loadAdmin = onFirstUse(() => import('./admin.js'));

/**
 * The verdict on a code (validate.ts): only a screen after the login page sends one (A1, R2, S2),
 * so it loads when the bank's steps that send it (src/bank/otp-steps.ts) first do, in a chunk of
 * its own, not with the first screen.
 */
const loadValidation = onFirstUse(() => import('./validate.js'));

export type ProvisionResult =
  { ok: true } | { ok: false; code: 'credential-exists' | 'malformed-credential-id' | 'malformed-request' };

/**
 * What the bank may ask of the service: verdicts, and the counter's view and unlock of a
 * credential. Never a secret.
 */
export interface ValidationService {
  validate(credentialId: string, code: string, time: number): Promise<ValidationResult>;
  /** Each credential's standing, in the order asked; undefined for one the service does not know. */
  credentialStatus(credentialIds: readonly string[]): Promise<(CredentialStatus | undefined)[]>;
  /** The bank counter's unlock: the lock and the count of invalid codes cleared. */
  unlock(credentialId: string): Promise<UnlockResult>;
}

/** What a token app may ask: to register a new credential's secret. */
export interface Provisioner {
  provision(
    credential: { credentialId: string; kind: CredentialKind; secret: Uint8Array },
    time: number,
  ): Promise<ProvisionResult>;
}

// What the service is handed is checked before use, as a real service checks a request: anything
// else is refused with a code, never thrown on.
const isKind = (value: unknown): value is CredentialKind => value === 'mobile' || value === 'desktop';
/** RFC 4226 §4 asks for at least 128 bits; the apps make 160. */
const isSecret = (value: unknown): value is Uint8Array =>
  value instanceof Uint8Array && value.length >= 16 && value.length <= 64;

export class VipService implements ValidationService, Provisioner {
  constructor(
    private readonly db: Transactions<VipSchema>,
    /** Where the service announces each change it commits (other tabs re-read). */
    private readonly changes?: ChangePoster,
  ) {}

  private announce(credentialId: string | null) {
    this.changes?.post({ party: 'vip', credentialId });
  }

  async provision(
    credential: { credentialId: string; kind: CredentialKind; secret: Uint8Array } | unknown,
    time: unknown,
  ): Promise<ProvisionResult> {
    if (typeof credential !== 'object' || credential === null)
      return { ok: false, code: 'malformed-request' };
    const { credentialId, kind, secret } = credential as Record<string, unknown>;
    if (!isCredentialId(credentialId)) return { ok: false, code: 'malformed-credential-id' };
    if (!isKind(kind) || !isSecret(secret) || !isTime(time)) return { ok: false, code: 'malformed-request' };
    const provisioned = await this.db.write(['credentials', 'removed'], async (tx) => {
      const credentials = tx.store('credentials');
      if (await credentials.get(credentialId)) return { ok: false, code: 'credential-exists' } as const;
      await credentials.add({
        credentialId,
        kind,
        secret: secret.slice(),
        provisionedAt: time,
        lastAcceptedStep: -1,
        consecutiveFailures: 0,
        locked: false,
      });
      await tx.store('removed').delete(credentialId);
      return { ok: true } as const;
    });
    if (provisioned.ok) this.announce(credentialId);
    return provisioned;
  }

  async isKnown(credentialId: unknown): Promise<boolean> {
    if (!isCredentialId(credentialId)) return false;
    return this.db.read(
      ['credentials'],
      async (tx) => (await tx.store('credentials').get(credentialId)) !== undefined,
    );
  }

  /** The service's verdict on `code` for the credential at `time` (validate.ts). */
  async validate(credentialId: unknown, code: unknown, time: unknown): Promise<ValidationResult> {
    const verdict = await (await loadValidation()).validate(this.db, credentialId, code, time);
    // Accepted (a step used) or wrong (counted): the credential changed. Either verdict is given
    // only for a credential ID the service found, so `credentialId` is one.
    if (verdict.ok || verdict.code === 'wrong-code') this.announce(credentialId as string);
    return verdict;
  }

  // The counter's and the trainers' operations are in admin.ts, loaded with the trainer's tools.

  /** For the trainer's console. Never returns secrets. */
  list(): Promise<CredentialSummary[]> {
    return loadAdmin().then((admin) => admin.list(this.db));
  }

  credentialStatus(credentialIds: readonly string[] | unknown): Promise<(CredentialStatus | undefined)[]> {
    return loadAdmin().then((admin) => admin.credentialStatus(this.db, credentialIds));
  }

  async unlock(credentialId: unknown): Promise<UnlockResult> {
    const unlocked = await (await loadAdmin()).unlock(this.db, credentialId);
    if (unlocked.ok) this.announce(credentialId as string);
    return unlocked;
  }

  /** A trainer's reset: every credential removed (and remembered as removed, at `time`). */
  async clear(time: unknown = 0): Promise<void> {
    await (await loadAdmin()).clear(this.db, time);
    this.announce(null);
  }
}
