/**
 * The validation service's verdict on a code (service.ts has the rules): the window of ±1 step,
 * time-forward only, a replay refused without counting, 10 invalid codes in a row lock. Only the
 * screens after the login page send a code (A1, R2, S2): `VipService.validate` loads this when the
 * first one is sent, in a chunk of its own, not with the first screen.
 */
import { timingSafeEqual } from '../otp/compare.js';
import { hotp } from '../otp/hotp.js';
import { totpStep } from '../otp/totp.js';
import type { Transactions } from '../store/index.js';
import { isCredentialId, isTime, VIP_MAX_FAILURES, type ValidationResult, type VipSchema } from './schema.js';

const VIP_WINDOW = 1;
const VIP_PERIOD = 30;
const VIP_DIGITS = 6;
const CODE = /^\d{6}$/;

/** The verdict on `code` for the credential at `time`; a person's typing is refused with a code, never thrown on. */
export async function validate(
  db: Transactions<VipSchema>,
  credentialId: unknown,
  code: unknown,
  time: unknown,
): Promise<ValidationResult> {
  if (!isCredentialId(credentialId)) return { ok: false, code: 'malformed-credential-id', status: '6004' };
  if (typeof code !== 'string' || !CODE.test(code))
    return { ok: false, code: 'malformed-code', status: '6009' };
  if (!isTime(time)) return { ok: false, code: 'malformed-request', status: '6009' };
  const { credential, removed } = await db.read(['credentials', 'removed'], async (tx) => {
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

  return db.write(['credentials'], async (tx) => {
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
}
