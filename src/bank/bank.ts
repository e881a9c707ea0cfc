/**
 * The bank emulator: customers, OTP registration, login, deactivation, lockout, the bank
 * counter's resets (staff.ts, loaded on first use), and an audit log of every attempt. Pure logic over the store interface;
 * the token's secret never reaches it — codes are checked by the validation service.
 *
 * Failure bookkeeping: a wrong password or code counts against the customer and is logged (a
 * replayed code is logged but never counted: see `withOtp`);
 * MAX_FAILED_ATTEMPTS in a row lock the customer until staff unlock; a completed operation
 * resets the count. Input that cannot be a valid value (see input.ts) is refused as typed and
 * changes nothing at all. Nothing else a person does changes a customer.
 */
import type { ChangePoster } from '../changes.js';
import { onFirstUse } from '../lazy.js';
import { defaultHmac } from '../otp/hmac.js';
import type { Database } from '../store/index.js';
import type { ValidationService } from '../vip/service.js';
import { BankBooks, type CustomerName, type Tx } from './books.js';
import {
  DEACTIVATION_COMPLETE,
  MAX_FAILED_ATTEMPTS,
  failure,
  type BankErrorCode,
  type BankFailure,
  type BankResult,
} from './codes.js';
import { maskContractId, parseContractId, parseCredentialId, parseOtpCode, parsePassword } from './input.js';
import { DEFAULT_PASSWORD_ITERATIONS, rehash, sameBytes, type PasswordHash } from './password.js';
import {
  UNKNOWN_CONTRACT_KEY,
  type AuditEntry,
  type AuditOperation,
  type BankSchema,
  type CustomerRecord,
  type SessionPurpose,
  type SessionRecord,
} from './schema.js';
import type { AuditPage, AuditPageQuery, CustomerSummary, NewCustomer } from './staff.js';

/** The bank counter's operations (staff.ts): with the trainer's tools, which use them. */
const loadStaff = onFirstUse(() => import('./staff.js'));
/** Seeding (seed.ts): with the demo's seeding, on a first visit or a trainer's reset. */
const loadSeed = onFirstUse(() => import('./seed.js'));

export interface BankOptions {
  now: () => number;
  /** Where the bank announces each change it commits (other tabs re-read); none: not announced. */
  changes?: ChangePoster;
  /** PBKDF2 iterations for new passwords; tests lower it. */
  passwordIterations?: number;
}

/** How long a flow's ticket lives (from R1 to R2, say), and a login session. */
export const TICKET_LIFETIME_MS = 10 * 60_000;
export const SESSION_LIFETIME_MS = 30 * 60_000;

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

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** HMAC-SHA-256 of `text` under `key`, in hex. */
async function keyedHash(key: Uint8Array, text: string): Promise<string> {
  const mac = await defaultHmac('SHA-256', key, new TextEncoder().encode(text));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export class Bank {
  /** The database, the service, the clock and how every write is made (shared with staff.ts). */
  private readonly books: BankBooks;
  private readonly db: Database<BankSchema>;
  private readonly vip: ValidationService;
  private readonly now: () => number;
  /** What an unknown contract ID's password is hashed against (a random salt; never matched). */
  private readonly decoyPassword: PasswordHash;

  constructor(db: Database<BankSchema>, vip: ValidationService, options: BankOptions) {
    const passwordIterations = options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;
    this.books = new BankBooks(db, vip, options.now, passwordIterations, options.changes);
    this.db = db;
    this.vip = vip;
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
        return { ok: true, next: 'otp', ticket: await this.openSession(tx, 'login-otp', customer, now) };
      }
      return { ok: true, next: 'account', sessionId: await this.completeLogin(tx, customer, now) };
    });
  }

  /** A1: the code the token shows now. */
  confirmLoginOtp(ticket: unknown, code: unknown): Promise<BankResult<{ sessionId: string }>> {
    return this.withOtp('login-otp', 'login-otp', ticket, code, undefined, async (tx, customer, now) => ({
      ok: true,
      sessionId: await this.completeLogin(tx, customer, now),
    }));
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
    await this.books.write(['sessions'], (tx) => this.removeExpiredIn(tx, now));
    return failure('not-signed-in');
  }

  async logout(sessionId: unknown): Promise<BankResult> {
    const now = this.now();
    return this.books.write(['sessions', 'audit'], async (tx) => {
      const sessions = tx.store('sessions');
      const session = typeof sessionId === 'string' ? await sessions.get(sessionId) : undefined;
      if (!session || session.purpose !== 'account') return failure('not-signed-in');
      if (session.expiresAt <= now) {
        await this.removeExpiredIn(tx, now);
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
        return this.refuse(tx, now, customer, 'register-auth', 'token-already-registered');
      return { ok: true, ticket: await this.openSession(tx, 'register', customer, now) };
    });
  }

  /** R2: トークン ID + ワンタイムパスワード. Binds the token to the customer (R3). */
  completeRegistration(
    ticket: unknown,
    credentialId: unknown,
    code: unknown,
  ): Promise<BankResult<{ credentialId: string }>> {
    const parsedId = parseCredentialId(credentialId);
    if (!parsedId.ok) return Promise.resolve(failure(parsedId.code));
    return this.withOtp(
      'register',
      'register-token',
      ticket,
      code,
      parsedId.value,
      async (tx, customer, now) => {
        // Checked again inside the transaction: the unique index would refuse it anyway.
        const holder = await tx.store('customers').getFromIndex('by-credential', parsedId.value);
        if (holder && holder.contractId !== customer.contractId) {
          return this.refuse(
            tx,
            now,
            customer,
            'register-token',
            'credential-bound-elsewhere',
            parsedId.value,
          );
        }
        await tx.store('customers').put({ ...customer, credentialId: parsedId.value, failedAttempts: 0 });
        return { ok: true, credentialId: parsedId.value };
      },
    );
  }

  // ---- S1 → S2 → S3: deactivating the token --------------------------------------------

  /** S1: 契約者ID + ログインパスワード. Refused when no token is registered. */
  startDeactivation(contractId: unknown, password: unknown): Promise<BankResult<{ ticket: string }>> {
    return this.authenticate('deactivate-auth', contractId, password, async (tx, customer, now) => {
      if (!customer.credentialId)
        return this.refuse(tx, now, customer, 'deactivate-auth', 'no-token-registered');
      return { ok: true, ticket: await this.openSession(tx, 'deactivate', customer, now) };
    });
  }

  /** S2: the current code of the registered token (re-authentication with the factor being removed). */
  completeDeactivation(ticket: unknown, code: unknown): Promise<BankResult<{ resultCode: string }>> {
    return this.withOtp('deactivate', 'deactivate-token', ticket, code, undefined, async (tx, customer) => {
      const { credentialId: _removed, ...withoutToken } = customer;
      await tx.store('customers').put({ ...withoutToken, failedAttempts: 0 });
      return { ok: true, resultCode: DEACTIVATION_COMPLETE };
    });
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
    return this.books.write(['sessions'], (tx) => this.removeExpiredIn(tx, now));
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
      if (customer.locked) return this.refuse(tx, now, customer, operation, 'locked');
      if (!sameBytes(hash, customer.password.hash))
        return this.countFailure(tx, now, customer, operation, 'wrong-password');
      const result = await onSuccess(tx, customer, now);
      if (result.ok) await this.books.audit(tx, now, customer.contractId, operation, 'ok');
      return result;
    });
  }

  /**
   * The second step of a flow: a ticket from the first step, and a code the validation service
   * checks for the customer's token (or, in registration, the token being registered).
   */
  private async withOtp<T extends object>(
    purpose: SessionPurpose,
    operation: AuditOperation,
    ticketInput: unknown,
    codeInput: unknown,
    credentialToRegister: string | undefined,
    onSuccess: (tx: Tx, customer: CustomerRecord, now: number) => Promise<BankResult<T>>,
  ): Promise<BankResult<T>> {
    const code = parseOtpCode(codeInput);
    if (!code.ok) return failure(code.code);
    if (typeof ticketInput !== 'string') return failure('flow-expired');
    const ticketId = ticketInput;

    const before = await this.db.read(['sessions', 'customers'], async (tx) => {
      const ticket = await tx.store('sessions').get(ticketId);
      const customer = ticket && (await tx.store('customers').get(ticket.contractId));
      const holder = credentialToRegister
        ? await tx.store('customers').getFromIndex('by-credential', credentialToRegister)
        : undefined;
      return { ticket, customer, holder };
    });
    const startedAt = this.now();
    const { ticket, customer, holder } = before;
    if (!ticket || ticket.purpose !== purpose || ticket.expiresAt <= startedAt || !customer) {
      return this.books.write(['sessions', 'audit'], async (tx) => {
        if (ticket) await tx.store('sessions').delete(ticket.id);
        await this.books.audit(tx, startedAt, ticket?.contractId ?? null, operation, 'flow-expired');
        return failure('flow-expired');
      });
    }

    const credentialId = credentialToRegister ?? customer.credentialId;
    // Decide everything the service need not be asked about before asking it.
    let refusal: BankErrorCode | undefined;
    if (customer.locked) refusal = 'locked';
    else if (!credentialId) refusal = 'no-token-registered';
    else if (credentialToRegister && customer.credentialId) refusal = 'token-already-registered';
    else if (holder && holder.contractId !== customer.contractId) refusal = 'credential-bound-elsewhere';
    const verdict =
      refusal || !credentialId ? undefined : await this.vip.validate(credentialId, code.value, startedAt);
    const now = this.now();

    return this.books.write(['customers', 'sessions', 'audit'], async (tx) => {
      const current = await tx.store('customers').get(customer.contractId);
      const liveTicket = await tx.store('sessions').get(ticketId);
      if (!current || !liveTicket) {
        await this.books.audit(tx, now, customer.contractId, operation, 'flow-expired');
        return failure('flow-expired');
      }
      if (current.locked) return this.refuse(tx, now, current, operation, 'locked', credentialToRegister);
      if (refusal) return this.refuse(tx, now, current, operation, refusal, credentialToRegister);
      if (!verdict?.ok) {
        const code = verdict?.code ?? 'wrong-code';
        // A wrong code counts against the customer. A replayed one does not: it is the right code,
        // only already used (just registered, or the clock moved back), so the person who does
        // everything right is never locked. It is logged, and says when the next code comes.
        if (code === 'wrong-code') {
          return this.countFailure(tx, now, current, operation, code, credentialToRegister);
        }
        if (verdict?.code === 'replayed-code') {
          await this.refuse(tx, now, current, operation, code, credentialToRegister);
          return { ok: false, code, retryInSeconds: verdict.retryInSeconds };
        }
        return this.refuse(tx, now, current, operation, code, credentialToRegister);
      }
      const result = await onSuccess(tx, current, now);
      if (result.ok) {
        await tx.store('sessions').delete(ticketId);
        await this.books.audit(tx, now, current.contractId, operation, 'ok', credentialId);
      }
      return result;
    });
  }

  /** Sessions are few (each lives 30 minutes at most and is removed after), so a walk is cheap. */
  private async removeExpiredIn(tx: Tx, now: number): Promise<number> {
    const sessions = tx.store('sessions');
    let removed = 0;
    for (const session of await sessions.getAll()) {
      if (session.expiresAt > now) continue;
      await sessions.delete(session.id);
      removed++;
    }
    return removed;
  }

  private async openSession(tx: Tx, purpose: SessionPurpose, customer: CustomerRecord, now: number) {
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

  private async completeLogin(tx: Tx, customer: CustomerRecord, now: number): Promise<string> {
    await tx.store('customers').put({ ...customer, failedAttempts: 0, lastLoginAt: now });
    return this.openSession(tx, 'account', customer, now);
  }

  /** A refusal that is not the customer's failed attempt: logged, counts nothing. */
  private async refuse(
    tx: Tx,
    now: number,
    customer: CustomerRecord,
    operation: AuditOperation,
    code: BankErrorCode,
    credentialId?: string,
  ): Promise<BankFailure> {
    await this.books.audit(tx, now, customer.contractId, operation, code, credentialId);
    return failure(code);
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

  /** A wrong password or code: counted, and the customer locked at MAX_FAILED_ATTEMPTS. */
  private async countFailure(
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
    await this.books.audit(tx, now, customer.contractId, operation, code, credentialId);
    return failure(code, MAX_FAILED_ATTEMPTS - failedAttempts);
  }
}
