/**
 * The validation service's operations for the bank counter and the trainers: each credential's
 * standing, the counter's unlock, the list, and a reset's clearing. `VipService` hands each call
 * here; they load with the trainer's tools, not with a customer's first screen.
 */
import type { Transactions } from '../store/index.js';
import {
  isCredentialId,
  isTime,
  type CredentialStatus,
  type CredentialSummary,
  type UnlockResult,
  type VipSchema,
} from './schema.js';

/** For the trainer's console. Never returns secrets. */
export async function list(db: Transactions<VipSchema>): Promise<CredentialSummary[]> {
  const all = await db.read(['credentials'], (tx) => tx.store('credentials').getAll());
  return all.map(({ credentialId, kind, provisionedAt, consecutiveFailures, locked }) => ({
    credentialId,
    kind,
    provisionedAt,
    consecutiveFailures,
    locked,
  }));
}

/** Each credential's standing, in the order asked; undefined for one the service does not know. */
export async function credentialStatus(
  db: Transactions<VipSchema>,
  credentialIds: readonly string[] | unknown,
): Promise<(CredentialStatus | undefined)[]> {
  if (!Array.isArray(credentialIds)) return [];
  return db.read(['credentials'], async (tx) => {
    const statuses: (CredentialStatus | undefined)[] = [];
    for (const credentialId of credentialIds as unknown[]) {
      const credential = isCredentialId(credentialId)
        ? await tx.store('credentials').get(credentialId)
        : undefined;
      statuses.push(
        credential && {
          credentialId: credential.credentialId,
          consecutiveFailures: credential.consecutiveFailures,
          locked: credential.locked,
        },
      );
    }
    return statuses;
  });
}

/** The bank counter's unlock: the lock and the count of invalid codes cleared (the service announces it). */
export async function unlock(db: Transactions<VipSchema>, credentialId: unknown): Promise<UnlockResult> {
  if (!isCredentialId(credentialId)) return { ok: false, code: 'malformed-credential-id' };
  return db.write(['credentials'], async (tx) => {
    const credentials = tx.store('credentials');
    const current = await credentials.get(credentialId);
    if (!current) return { ok: false, code: 'unknown-credential' } as const;
    await credentials.put({ ...current, locked: false, consecutiveFailures: 0 });
    return { ok: true } as const;
  });
}

/** A trainer's reset: every credential removed (and remembered as removed, at `time`). */
export async function clear(db: Transactions<VipSchema>, time: unknown): Promise<void> {
  const removedAt = isTime(time) ? time : 0;
  await db.write(['credentials', 'removed'], async (tx) => {
    for (const credential of await tx.store('credentials').getAll()) {
      await tx.store('removed').put({ credentialId: credential.credentialId, removedAt });
    }
    await tx.store('credentials').clear();
  });
}
