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
import { timingSafeEqual } from '../otp/compare.js';
import { hotp } from '../otp/hotp.js';
import { totpStep } from '../otp/totp.js';
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
  type VipSchema,
} from './schema.js';

export {
  vipDatabase,
  type CredentialKind,
  type CredentialStatus,
  type CredentialSummary,
  type UnlockResult,
  type VipSchema,
} from './schema.js';

/** The counter's and the trainers' operations (admin.ts): with the trainer's tools, which use them. */
const loadAdmin = onFirstUse(() => import('./admin.js'));

const VIP_WINDOW = 1;
const VIP_PERIOD = 30;
const VIP_DIGITS = 6;
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

const CODE = /^\d{6}$/;

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

  async validate(credentialId: unknown, code: unknown, time: unknown): Promise<ValidationResult> {
    if (!isCredentialId(credentialId)) return { ok: false, code: 'malformed-credential-id', status: '6004' };
    if (typeof code !== 'string' || !CODE.test(code))
      return { ok: false, code: 'malformed-code', status: '6009' };
    if (!isTime(time)) return { ok: false, code: 'malformed-request', status: '6009' };
    const { credential, removed } = await this.db.read(['credentials', 'removed'], async (tx) => {
      const credential = await tx.store('credentials').get(credentialId);
      return {
        credential,
        removed: !credential && (await tx.store('removed').get(credentialId)) !== undefined,
      };
    });
    if (removed) return { ok: false, code: 'credential-removed', status: '6004' };
    if (!credential) return { ok: false, code: 'unknown-credential', status: '6004' };
    if (credential.locked) return { ok: false, code: 'credential-locked', status: '6009' };

    // Every HMAC before the readwrite transaction opens (awaiting anything else would commit it).
    const currentStep = totpStep(time, VIP_PERIOD);
    const matchedSteps: number[] = [];
    for (let delta = -VIP_WINDOW; delta <= VIP_WINDOW; delta++) {
      const step = currentStep + delta;
      if (step < 0) continue;
      const expected = await hotp({ secret: credential.secret, counter: step, digits: VIP_DIGITS });
      if (timingSafeEqual(expected, code)) matchedSteps.push(step);
    }

    const verdict = await this.db.write(['credentials'], async (tx) => {
      const credentials = tx.store('credentials');
      // Read again: another validation may have used a step or locked the credential meanwhile.
      const current = await credentials.get(credentialId);
      if (!current) return { ok: false, code: 'unknown-credential', status: '6004' } as const;
      if (current.locked) return { ok: false, code: 'credential-locked', status: '6009' } as const;
      const fresh = matchedSteps.filter((step) => step > current.lastAcceptedStep);
      if (fresh.length > 0) {
        const step = fresh.reduce((best, candidate) =>
          Math.abs(candidate - currentStep) < Math.abs(best - currentStep) ? candidate : best,
        );
        await credentials.put({ ...current, lastAcceptedStep: step, consecutiveFailures: 0 });
        return { ok: true, status: '0000', step, delta: step - currentStep } as const;
      }
      if (matchedSteps.length > 0) {
        // The first step the service accepts again starts when the token shows its code.
        const freshFrom = (current.lastAcceptedStep + 1) * VIP_PERIOD * 1000;
        const retryInSeconds = Math.max(0, Math.ceil((freshFrom - time) / 1000));
        return { ok: false, code: 'replayed-code', status: '6009', retryInSeconds } as const;
      }
      const consecutiveFailures = current.consecutiveFailures + 1;
      await credentials.put({
        ...current,
        consecutiveFailures,
        locked: consecutiveFailures >= VIP_MAX_FAILURES,
      });
      return { ok: false, code: 'wrong-code', status: '6009' } as const;
    });
    // Accepted (a step used) or wrong (counted): the credential changed.
    if (verdict.ok || verdict.code === 'wrong-code') this.announce(credentialId);
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
