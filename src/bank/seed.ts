/**
 * Filling the bank with the demo's customers: a first visit's seed, and a trainer's reset to it.
 * It loads with the demo's seeding (src/demo-seed.ts), on a first visit or a reset only: `Bank`
 * hands each call here over its books (books.ts), as it does the counter's.
 */
import type { BankBooks } from './books.js';
import { BANK_ERROR_CODES, failure, type BankResult } from './codes.js';
import { parseContractId, parseCredentialId } from './input.js';
import { AUDIT_OPERATIONS, type AuditEntry, type CustomerRecord } from './schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Enough of a customer record for the store to take it: the seed's records, hashed already. */
function isCustomerRecord(value: unknown): value is CustomerRecord {
  return (
    isRecord(value) &&
    parseContractId(value.contractId).ok &&
    isRecord(value.password) &&
    value.password.hash instanceof Uint8Array &&
    value.password.salt instanceof Uint8Array &&
    (value.credentialId === undefined || parseCredentialId(value.credentialId).ok)
  );
}

const BANK_RESULTS: readonly unknown[] = ['ok', ...BANK_ERROR_CODES];

/** An entry of a seed customer's history: a time, the customer, an operation and its result. */
function isSeedEntry(value: unknown): value is AuditEntry & { contractId: string } {
  return (
    isRecord(value) &&
    typeof value.time === 'number' &&
    Number.isFinite(value.time) &&
    typeof value.contractId === 'string' &&
    AUDIT_OPERATIONS.some((operation) => operation === value.operation) &&
    BANK_RESULTS.includes(value.result)
  );
}

/**
 * `customers` (already hashed) and their `history` (what they did before: a locked one's failed
 * logins) into the bank, in one transaction. `clear`: in place of every customer, session and log
 * entry (a trainer's reset, never half done); else only into a bank that has none
 * (`contract-exists` if it has customers by then: another tab seeded it).
 */
export async function seedBank(
  books: BankBooks,
  customers: unknown,
  history: unknown,
  clear: boolean,
): Promise<BankResult> {
  // The seed has customers: an empty list would leave a bank nobody can log in to.
  if (!Array.isArray(customers) || customers.length === 0 || !customers.every(isCustomerRecord))
    return failure('malformed-request');
  const seeded = new Set(customers.map((customer) => customer.contractId));
  const ofTheSeed = (entry: unknown) => isSeedEntry(entry) && seeded.has(entry.contractId);
  if (!Array.isArray(history) || !history.every(ofTheSeed)) return failure('malformed-request');
  return books.write(['customers', 'sessions', 'audit', 'unknown-contracts'], async (tx) => {
    if (clear) {
      await tx.store('customers').clear();
      await tx.store('sessions').clear();
      await tx.store('audit').clear();
      await tx.store('unknown-contracts').clear();
    } else if ((await tx.store('customers').count()) > 0) {
      return failure('contract-exists');
    }
    for (const customer of customers) await tx.store('customers').add(customer);
    for (const { time, contractId, operation, result } of history as AuditEntry[]) {
      await tx.store('audit').add({ time, contractId, operation, result });
    }
    books.announce(tx, { party: 'bank', operation: 'reset', contractId: null });
    return { ok: true };
  });
}
