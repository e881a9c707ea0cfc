/**
 * What the bank keeps and how it writes it, shared by the customers' side (bank.ts, and the steps
 * that check a code, otp-steps.ts) and the bank counter's (staff.ts, loaded with the trainer's
 * tools): the database, the validation service, the clock, every write as one transaction whose
 * logged changes are announced once it commits, and the bookkeeping every step shares — sessions,
 * refusals and counted failures.
 */
import type { Change, ChangePoster } from '../changes.js';
import type { Transactions } from '../store/index.js';
import type { ValidationService } from '../vip/service.js';
import { MAX_FAILED_ATTEMPTS, failure, type BankErrorCode, type BankFailure } from './codes.js';
import type {
  AuditEntry,
  AuditOperation,
  BankSchema,
  CustomerRecord,
  SessionPurpose,
  SessionRecord,
} from './schema.js';

/** How long a flow's ticket lives (from R1 to R2, say), and a login session. */
export const TICKET_LIFETIME_MS = 10 * 60_000;
export const SESSION_LIFETIME_MS = 30 * 60_000;

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

export type Tx = Parameters<Parameters<Transactions<BankSchema>['write']>[1]>[0];

/** A customer's name as the bank knows it, and in Latin letters where it has them (English shows those). */
export interface CustomerName {
  name: string;
  nameEn: string | null;
}

export class BankBooks {
  /** Per open transaction, the changes it makes: announced once it has committed. */
  private readonly announcing = new WeakMap<Tx, Change[]>();

  constructor(
    readonly db: Transactions<BankSchema>,
    readonly vip: ValidationService,
    readonly now: () => number,
    /** PBKDF2 iterations for new passwords. */
    readonly passwordIterations: number,
    /** Where the bank announces each change it commits (other tabs re-read); none: not announced. */
    private readonly changes?: ChangePoster,
  ) {}

  /**
   * One readwrite transaction; once it has committed, the changes it logged are announced (every
   * change of the bank's is logged: an attempt, a staff operation, a new customer, a seed).
   */
  async write<T>(stores: Parameters<Transactions<BankSchema>['write']>[0], work: (tx: Tx) => Promise<T>) {
    const changes: Change[] = [];
    const result = await this.db.write(stores, (tx) => {
      this.announcing.set(tx, changes);
      return work(tx);
    });
    for (const change of changes) this.changes?.post(change);
    return result;
  }

  /** Announces `change` once `tx` has committed (a change the log does not record, a seed). */
  announce(tx: Tx, change: Change) {
    this.announcing.get(tx)?.push(change);
  }

  async audit(
    tx: Tx,
    time: number,
    contractId: string | null,
    operation: AuditOperation,
    result: AuditEntry['result'],
    credentialId?: string,
  ): Promise<void> {
    const entry: AuditEntry = { time, contractId, operation, result };
    if (credentialId) entry.credentialId = credentialId;
    await tx.store('audit').add(entry);
    this.announce(tx, { party: 'bank', operation, contractId });
  }

  /** Sessions are few (each lives 30 minutes at most and is removed after), so a walk is cheap. */
  async removeExpiredIn(tx: Tx, now: number): Promise<number> {
    const sessions = tx.store('sessions');
    let removed = 0;
    for (const session of await sessions.getAll()) {
      if (session.expiresAt > now) continue;
      await sessions.delete(session.id);
      removed++;
    }
    return removed;
  }

  async openSession(tx: Tx, purpose: SessionPurpose, customer: CustomerRecord, now: number) {
    await this.removeExpiredIn(tx, now);
    const session: SessionRecord = {
      id: randomId(),
      purpose,
      contractId: customer.contractId,
      createdAt: now,
      expiresAt: now + (purpose === 'account' ? SESSION_LIFETIME_MS : TICKET_LIFETIME_MS),
    };
    if (purpose === 'account') session.previousLoginAt = customer.lastLoginAt;
    await tx.store('sessions').add(session);
    return session.id;
  }

  async completeLogin(tx: Tx, customer: CustomerRecord, now: number): Promise<string> {
    await tx.store('customers').put({ ...customer, failedAttempts: 0, lastLoginAt: now });
    return this.openSession(tx, 'account', customer, now);
  }

  /** A refusal that is not the customer's failed attempt: logged, counts nothing. */
  async refuse(
    tx: Tx,
    now: number,
    customer: CustomerRecord,
    operation: AuditOperation,
    code: BankErrorCode,
    credentialId?: string,
  ): Promise<BankFailure> {
    await this.audit(tx, now, customer.contractId, operation, code, credentialId);
    return failure(code);
  }

  /** A wrong password or code: counted, and the customer locked at MAX_FAILED_ATTEMPTS. */
  async countFailure(
    tx: Tx,
    now: number,
    customer: CustomerRecord,
    operation: AuditOperation,
    code: 'wrong-password' | 'wrong-code',
    credentialId?: string,
  ): Promise<BankFailure> {
    const failedAttempts = customer.failedAttempts + 1;
    const locked = failedAttempts >= MAX_FAILED_ATTEMPTS;
    await tx.store('customers').put({ ...customer, failedAttempts, locked });
    await this.audit(tx, now, customer.contractId, operation, code, credentialId);
    return failure(code, MAX_FAILED_ATTEMPTS - failedAttempts);
  }
}
