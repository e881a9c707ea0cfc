/**
 * The bank emulator: customers, OTP registration, login, deactivation, lockout, the bank
 * counter's resets (staff.ts, loaded on first use), and an audit log of every attempt. Pure logic over the store interface;
 * the token's secret never reaches it — codes are checked by the validation service.
 *
 * Failure bookkeeping: a wrong password or code counts against the customer and is logged (a
 * replayed code is logged but never counted: see `withOtp` in otp-steps.ts);
 * MAX_FAILED_ATTEMPTS in a row lock the customer until staff unlock; a completed operation
 * resets the count. Input that cannot be a valid value (see input.ts) is refused as typed and
 * changes nothing at all. Nothing else a person does changes a customer.
 */
import type { ChangePoster } from '../changes.js';
import { onFirstUse } from '../lazy.js';
import { defaultHmac } from '../otp/hmac.js';
import type { Transactions } from '../store/index.js';
import type { ValidationService } from '../vip/service.js';
import { BankBooks, type CustomerName, type Tx } from './books.js';
import { MAX_FAILED_ATTEMPTS, failure, type BankFailure, type BankResult } from './codes.js';
import { maskContractId, parseContractId, parseCredentialId, parsePassword } from './input.js';
import { DEFAULT_PASSWORD_ITERATIONS, rehash, sameBytes, type PasswordHash } from './password.js';
import {
  UNKNOWN_CONTRACT_KEY,
  type AuditEntry,
  type AuditOperation,
  type BankSchema,
  type CustomerRecord,
} from './schema.js';
import type { AuditPage, AuditPageQuery, CustomerSummary, NewCustomer } from './staff.js';

/** The bank counter's operations (staff.ts): with the trainer's tools, which use them. */
const loadStaff = onFirstUse(() => import('./staff.js'));
/**
 * The steps that check a code — A1, R2, S2 (otp-steps.ts): with the screens after the login page,
 * so a customer's first screen does without them.
 */
const loadOtpSteps = onFirstUse(() => import('./otp-steps.js'));
/** Seeding (seed.ts): with the demo's seeding, on a first visit or a trainer's reset. */
const loadSeed = onFirstUse(() => import('./seed.js'));

export interface BankOptions {
  now: () => number;
  /** Where the bank announces each change it commits (other tabs re-read); none: not announced. */
  changes?: ChangePoster;
  /** PBKDF2 iterations for new passwords; tests lower it. */
  passwordIterations?: number;
}

export { SESSION_LIFETIME_MS, TICKET_LIFETIME_MS } from './books.js';

export type LoginStep = { next: 'otp'; ticket: string } | { next: 'account'; sessionId: string };

export interface AccountView extends CustomerName {
  contractId: string;
  balance: number;
  credentialId: string | null;
  previousLoginAt: number | null;
}

/** Whom a token is registered to, as the demo captions the token (never more than the name). */
export interface TokenHolder extends CustomerName {
  contractId: string;
}

/** HMAC-SHA-256 of `text` under `key`, in hex. */
async function keyedHash(key: Uint8Array, text: string): Promise<string> {
  const mac = await defaultHmac('SHA-256', key, new TextEncoder().encode(text));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export class Bank {
  /** The database, the service, the clock and how every write is made (shared with staff.ts and otp-steps.ts). */
  private readonly books: BankBooks;
  private readonly db: Transactions<BankSchema>;
  private readonly now: () => number;
  /** What an unknown contract ID's password is hashed against (a random salt; never matched). */
  private readonly decoyPassword: PasswordHash;

  constructor(db: Transactions<BankSchema>, vip: ValidationService, options: BankOptions) {
    const passwordIterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
    this.books = new BankBooks(db, vip, options.now, passwordIterations, options.changes);
    this.db = db;
    this.now = options.now;
    this.decoyPassword = {
      salt: crypto.getRandomValues(new Uint8Array(16)),
      hash: new Uint8Array(32),
      iterations: passwordIterations,
    };
  }

  // ---- L → (A1) → account -------------------------------------------------------------

  /**
   * L: 契約者ID + ログインパスワード. A customer with a registered token goes on to A1
   * (`next: 'otp'` with a ticket); one without is logged in (`next: 'account'`).
   */
  login(contractId: unknown, password: unknown): Promise<BankResult<LoginStep>> {
    return this.authenticate<LoginStep>('login', contractId, password, async (tx, customer, now) => {
      if (customer.credentialId) {
        return {
          ok: true,
          next: 'otp',
          ticket: await this.books.openSession(tx, 'login-otp', customer, now),
        };
      }
      return { ok: true, next: 'account', sessionId: await this.books.completeLogin(tx, customer, now) };
    });
  }

  /** A1: the code the token shows now. */
  confirmLoginOtp(ticket: unknown, code: unknown): Promise<BankResult<{ sessionId: string }>> {
    return loadOtpSteps().then((steps) => steps.confirmLoginOtp(this.books, ticket, code));
  }

  async account(sessionId: unknown): Promise<BankResult<{ account: AccountView }>> {
    const now = this.now();
    const result = await this.db.read(['sessions', 'customers'], async (tx) => {
      const session = typeof sessionId === 'string' ? await tx.store('sessions').get(sessionId) : undefined;
      if (session?.purpose === 'account' && session.expiresAt <= now) return 'expired' as const;
      if (!session || session.purpose !== 'account') return failure('not-signed-in');
      const customer = await tx.store('customers').get(session.contractId);
      if (!customer) return failure('not-signed-in');
      const { contractId, name, balance } = customer;
      return {
        ok: true,
        account: {
          contractId,
          name,
          nameEn: customer.nameEn ?? null,
          balance,
          credentialId: customer.credentialId ?? null,
          previousLoginAt: session.previousLoginAt ?? null,
        },
      } as const;
    });
    if (result !== 'expired') return result;
    // Met on use: an expired session is removed, not just refused.
    await this.books.write(['sessions'], (tx) => this.books.removeExpiredIn(tx, now));
    return failure('not-signed-in');
  }

  async logout(sessionId: unknown): Promise<BankResult> {
    const now = this.now();
    return this.books.write(['sessions', 'audit'], async (tx) => {
      const sessions = tx.store('sessions');
      const session = typeof sessionId === 'string' ? await sessions.get(sessionId) : undefined;
      if (!session || session.purpose !== 'account') return failure('not-signed-in');
      if (session.expiresAt <= now) {
        await this.books.removeExpiredIn(tx, now);
        return failure('not-signed-in');
      }
      await sessions.delete(session.id);
      await this.books.audit(tx, now, session.contractId, 'logout', 'ok');
      return { ok: true };
    });
  }

  // ---- R1 → R2 → R3: registering a token -----------------------------------------------

  /** R1: 契約者 ID + ログインパスワード. Refused when a token is already registered. */
  startRegistration(contractId: unknown, password: unknown): Promise<BankResult<{ ticket: string }>> {
    return this.authenticate('register-auth', contractId, password, async (tx, customer, now) => {
      if (customer.credentialId)
        return this.books.refuse(tx, now, customer, 'register-auth', 'token-already-registered');
      return { ok: true, ticket: await this.books.openSession(tx, 'register', customer, now) };
    });
  }

  /** R2: トークン ID + ワンタイムパスワード. Binds the token to the customer (R3). */
  completeRegistration(
    ticket: unknown,
    credentialId: unknown,
    code: unknown,
  ): Promise<BankResult<{ credentialId: string }>> {
    return loadOtpSteps().then((steps) => steps.completeRegistration(this.books, ticket, credentialId, code));
  }

  // ---- S1 → S2 → S3: deactivating the token --------------------------------------------

  /** S1: 契約者ID + ログインパスワード. Refused when no token is registered. */
  startDeactivation(contractId: unknown, password: unknown): Promise<BankResult<{ ticket: string }>> {
    return this.authenticate('deactivate-auth', contractId, password, async (tx, customer, now) => {
      if (!customer.credentialId)
        return this.books.refuse(tx, now, customer, 'deactivate-auth', 'no-token-registered');
      return { ok: true, ticket: await this.books.openSession(tx, 'deactivate', customer, now) };
    });
  }

  /** S2: the current code of the registered token (re-authentication with the factor being removed). */
  completeDeactivation(ticket: unknown, code: unknown): Promise<BankResult<{ resultCode: string }>> {
    return loadOtpSteps().then((steps) => steps.completeDeactivation(this.books, ticket, code));
  }

  /**
   * 戻る / ログイン画面に戻る in the middle of a flow: the ticket is dropped, nothing else changes.
   * `flow-expired` when there was no such ticket (already used, expired, or never given).
   */
  async cancelFlow(ticket: unknown): Promise<BankResult> {
    if (typeof ticket !== 'string') return failure('flow-expired');
    return this.books.write(['sessions'], async (tx) => {
      const session = await tx.store('sessions').get(ticket);
      if (!session || session.purpose === 'account') return failure('flow-expired');
      await tx.store('sessions').delete(ticket);
      return { ok: true };
    });
  }

  // ---- The bank counter (窓口) ----------------------------------------------------------

  // Each of these hands the call to staff.ts, which loads with the trainer's tools (a customer's
  // page never needs it): the same books, so the same transactions, log and announcements.

  listCustomers(): Promise<CustomerSummary[]> {
    return loadStaff().then((staff) => staff.listCustomers(this.books));
  }

  /** One customer as the counter sees them; undefined for an unknown or impossible contract ID. */
  customer(contractId: unknown): Promise<CustomerSummary | undefined> {
    return loadStaff().then((staff) => staff.customer(this.books, contractId));
  }

  /** procedure.md X: the device is lost or broken, so staff clear the registered token ID. */
  staffResetToken(contractId: unknown): Promise<BankResult<{ credentialId: string }>> {
    return loadStaff().then((staff) => staff.staffResetToken(this.books, contractId));
  }

  /** Lifts the customer's lock at the bank and the token's at the validation service (staff.ts). */
  staffUnlock(contractId: unknown): Promise<BankResult<{ credentialId: string | null }>> {
    return loadStaff().then((staff) => staff.staffUnlock(this.books, contractId));
  }

  /** A trainer adds a customer. */
  addCustomer(input: NewCustomer | unknown): Promise<BankResult<{ customer: CustomerSummary }>> {
    return loadStaff().then((staff) => staff.addCustomer(this.books, input));
  }

  /** One page of the audit log, newest first, with the count of entries matching the filters (staff.ts). */
  auditPage(query?: AuditPageQuery | unknown): Promise<BankResult<AuditPage>> {
    return loadStaff().then((staff) => staff.auditPage(this.books, query));
  }

  /**
   * Whom each of `credentialIds` is registered to, for the demo's caption under each token on the
   * panel (「佐藤 花子さんのスマートフォン」); a token nobody has registered, or no token ID at all,
   * is left out. One read, however many tokens.
   */
  async tokenHolders(credentialIds: unknown): Promise<Map<string, TokenHolder>> {
    const ids = Array.isArray(credentialIds)
      ? credentialIds.flatMap((id) => {
          const parsed = parseCredentialId(id);
          return parsed.ok ? [parsed.value] : [];
        })
      : [];
    const holders = new Map<string, TokenHolder>();
    if (ids.length === 0) return holders;
    await this.db.read(['customers'], async (tx) => {
      for (const credentialId of ids) {
        const customer = await tx.store('customers').getFromIndex('by-credential', credentialId);
        if (customer) {
          const { contractId, name } = customer;
          holders.set(credentialId, { contractId, name, nameEn: customer.nameEn ?? null });
        }
      }
    });
    return holders;
  }

  /**
   * Replaces every customer, session and log entry with `customers` (already hashed) and the log
   * with `history`, what the seed's customers did before (a locked one's failed logins): the
   * trainer's reset-to-seed. One transaction, so a reset never leaves half a bank (seed.ts).
   */
  replaceAll(customers: CustomerRecord[], history: readonly AuditEntry[] = []): Promise<BankResult> {
    return loadSeed().then((seed) => seed.seedBank(this.books, customers, history, true));
  }

  /**
   * The first run's seed: `customers` (already hashed) and their `history` into a bank that has
   * none, clearing nothing. `contract-exists` if the bank has customers by then (another tab seeded it).
   */
  seedIfEmpty(customers: CustomerRecord[], history: readonly AuditEntry[] = []): Promise<BankResult> {
    return loadSeed().then((seed) => seed.seedBank(this.books, customers, history, false));
  }

  /**
   * Removes every login session and flow ticket that has expired by the demo clock; the page calls
   * it when it opens the demo. They are also removed on use: whenever a session is opened, and
   * when an expired one is met. Returns how many were removed.
   */
  async removeExpired(): Promise<number> {
    const now = this.now();
    return this.books.write(['sessions'], (tx) => this.books.removeExpiredIn(tx, now));
  }

  async customerCount(): Promise<number> {
    return this.db.read(['customers'], (tx) => tx.store('customers').count());
  }

  // ---- The mechanics shared by every flow -----------------------------------------------

  /**
   * Checks contract ID and password, then runs `onSuccess` in the same readwrite transaction.
   * The password is hashed before that transaction opens; the customer is read again inside
   * it, so a lock set meanwhile (another tab) is honoured.
   */
  private async authenticate<T extends object>(
    operation: AuditOperation,
    contractIdInput: unknown,
    passwordInput: unknown,
    onSuccess: (tx: Tx, customer: CustomerRecord, now: number) => Promise<BankResult<T>>,
  ): Promise<BankResult<T>> {
    const contractId = parseContractId(contractIdInput);
    if (!contractId.ok) return failure(contractId.code);
    const password = parsePassword(passwordInput);
    if (!password.ok) return failure(password.code);

    const { stored, key } = await this.db.read(['customers', 'keys'], async (tx) => ({
      stored: await tx.store('customers').get(contractId.value),
      key: (await tx.store('keys').get(UNKNOWN_CONTRACT_KEY))?.key ?? this.decoyPassword.salt,
    }));
    // The same work whoever is asked about, so the time of the answer tells nothing: the password
    // hashed against the customer's hash — a locked customer's too — or a decoy's for an unknown
    // ID, and the keyed hash that counts an unknown ID's tries, for every ID.
    const [hash, unknownKey] = await Promise.all([
      rehash(password.value, stored?.password ?? this.decoyPassword),
      keyedHash(key, contractId.value),
    ]);
    const now = this.now();

    return this.books.write(['customers', 'sessions', 'audit', 'unknown-contracts'], async (tx) => {
      const customer = await tx.store('customers').get(contractId.value);
      if (!customer) return this.refuseUnknownContract(tx, now, contractId.value, unknownKey, operation);
      if (customer.locked) return this.books.refuse(tx, now, customer, operation, 'locked');
      if (!sameBytes(hash, customer.password.hash))
        return this.books.countFailure(tx, now, customer, operation, 'wrong-password');
      const result = await onSuccess(tx, customer, now);
      if (result.ok) await this.books.audit(tx, now, customer.contractId, operation, 'ok');
      return result;
    });
  }

  /**
   * An unknown contract ID gets exactly the answers a wrong password gets (OWASP: never say which
   * of the two was wrong): `wrong-password` with the same tries remaining, then `locked`. Its
   * tries are counted under a keyed hash of the ID (a customer's are counted on the customer), so
   * each ID counts apart as a customer's would, and the ID itself is kept nowhere. The audit log
   * keeps the truth for staff, `unknown-contract`, with the ID masked.
   */
  private async refuseUnknownContract(
    tx: Tx,
    now: number,
    contractId: string,
    key: string,
    operation: AuditOperation,
  ): Promise<BankFailure> {
    const counters = tx.store('unknown-contracts');
    const before = (await counters.get(key))?.failedAttempts ?? 0;
    await this.books.audit(tx, now, maskContractId(contractId), operation, 'unknown-contract');
    if (before >= MAX_FAILED_ATTEMPTS) return failure('locked');
    await counters.put({ key, failedAttempts: before + 1, lastAttemptAt: now });
    return failure('wrong-password', MAX_FAILED_ATTEMPTS - (before + 1));
  }
}
