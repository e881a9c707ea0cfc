/**
 * What the bank keeps and how it writes it, shared by the customers' side (bank.ts) and the bank
 * counter's (staff.ts, loaded with the trainer's tools): the database, the validation service, the
 * clock, and every write as one transaction whose logged changes are announced once it commits.
 */
import type { Change, ChangePoster } from '../changes.js';
import type { Database } from '../store/index.js';
import type { ValidationService } from '../vip/service.js';
import type { AuditEntry, AuditOperation, BankSchema } from './schema.js';

export type Tx = Parameters<Parameters<Database<BankSchema>['write']>[1]>[0];

/** A customer's name as the bank knows it, and in Latin letters where it has them (English shows those). */
export interface CustomerName {
  name: string;
  nameEn: string | null;
}

export class BankBooks {
  /** Per open transaction, the changes it makes: announced once it has committed. */
  private readonly announcing = new WeakMap<Tx, Change[]>();

  constructor(
    readonly db: Database<BankSchema>,
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
  async write<T>(stores: Parameters<Database<BankSchema>['write']>[0], work: (tx: Tx) => Promise<T>) {
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
}
