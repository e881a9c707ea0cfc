/**
 * The bank's steps that check a one-time password — A1 (login), R2 (registering a token), S2
 * (deactivating it) — and what they share, `withOtp`. They load with the screens after the login
 * page, not with a customer's first screen: `Bank` hands each call here over its books (books.ts),
 * so every write is one transaction, audited and announced as the others are.
 */
import type { BankBooks, Tx } from './books.js';
import { DEACTIVATION_COMPLETE, failure, type BankErrorCode, type BankResult } from './codes.js';
import { parseCredentialId, parseOtpCode } from './input.js';
import type { AuditOperation, CustomerRecord, SessionPurpose } from './schema.js';

/** A1: the code the token shows now. */
export function confirmLoginOtp(
  books: BankBooks,
  ticket: unknown,
  code: unknown,
): Promise<BankResult<{ sessionId: string }>> {
  return withOtp(books, 'login-otp', 'login-otp', ticket, code, undefined, async (tx, customer, now) => ({
    ok: true,
    sessionId: await books.completeLogin(tx, customer, now),
  }));
}

/** R2: トークン ID + ワンタイムパスワード. Binds the token to the customer (R3). */
export function completeRegistration(
  books: BankBooks,
  ticket: unknown,
  credentialId: unknown,
  code: unknown,
): Promise<BankResult<{ credentialId: string }>> {
  const parsedId = parseCredentialId(credentialId);
  if (!parsedId.ok) return Promise.resolve(failure(parsedId.code));
  return withOtp(
    books,
    'register',
    'register-token',
    ticket,
    code,
    parsedId.value,
    async (tx, customer, now) => {
      // Checked again inside the transaction: the unique index would refuse it anyway.
      const holder = await tx.store('customers').getFromIndex('by-credential', parsedId.value);
      if (holder && holder.contractId !== customer.contractId) {
        return books.refuse(
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

/** S2: the current code of the registered token (re-authentication with the factor being removed). */
export function completeDeactivation(
  books: BankBooks,
  ticket: unknown,
  code: unknown,
): Promise<BankResult<{ resultCode: string }>> {
  return withOtp(books, 'deactivate', 'deactivate-token', ticket, code, undefined, async (tx, customer) => {
    const { credentialId: _removed, ...withoutToken } = customer;
    await tx.store('customers').put({ ...withoutToken, failedAttempts: 0 });
    return { ok: true, resultCode: DEACTIVATION_COMPLETE };
  });
}

/**
 * The second step of a flow: a ticket from the first step, and a code the validation service
 * checks for the customer's token (or, in registration, the token being registered).
 */
export async function withOtp<T extends object>(
  books: BankBooks,
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

  const before = await books.db.read(['sessions', 'customers'], async (tx) => {
    const ticket = await tx.store('sessions').get(ticketId);
    const customer = ticket && (await tx.store('customers').get(ticket.contractId));
    const holder = credentialToRegister
      ? await tx.store('customers').getFromIndex('by-credential', credentialToRegister)
      : undefined;
    return { ticket, customer, holder };
  });
  const startedAt = books.now();
  const { ticket, customer, holder } = before;
  if (!ticket || ticket.purpose !== purpose || ticket.expiresAt <= startedAt || !customer) {
    return books.write(['sessions', 'audit'], async (tx) => {
      if (ticket) await tx.store('sessions').delete(ticket.id);
      await books.audit(tx, startedAt, ticket?.contractId ?? null, operation, 'flow-expired');
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
    refusal || !credentialId ? undefined : await books.vip.validate(credentialId, code.value, startedAt);
  const now = books.now();

  return books.write(['customers', 'sessions', 'audit'], async (tx) => {
    const current = await tx.store('customers').get(customer.contractId);
    const liveTicket = await tx.store('sessions').get(ticketId);
    if (!current || !liveTicket) {
      await books.audit(tx, now, customer.contractId, operation, 'flow-expired');
      return failure('flow-expired');
    }
    if (current.locked) return books.refuse(tx, now, current, operation, 'locked', credentialToRegister);
    if (refusal) return books.refuse(tx, now, current, operation, refusal, credentialToRegister);
    if (!verdict?.ok) {
      const code = verdict?.code ?? 'wrong-code';
      // A wrong code counts against the customer. A replayed one does not: it is the right code,
      // only already used (just registered, or the clock moved back), so the person who does
      // everything right is never locked. It is logged, and says when the next code comes.
      if (code === 'wrong-code') {
        return books.countFailure(tx, now, current, operation, code, credentialToRegister);
      }
      if (verdict?.code === 'replayed-code') {
        await books.refuse(tx, now, current, operation, code, credentialToRegister);
        return { ok: false, code, retryInSeconds: verdict.retryInSeconds };
      }
      return books.refuse(tx, now, current, operation, code, credentialToRegister);
    }
    const result = await onSuccess(tx, current, now);
    if (result.ok) {
      await tx.store('sessions').delete(ticketId);
      await books.audit(tx, now, current.contractId, operation, 'ok', credentialId);
    }
    return result;
  });
}
