/**
 * The bank counter (窓口): what staff and trainers do, apart from what customers do. It loads with
 * the trainer's tools, not with a customer's first screen: `Bank` hands each call here (see its
 * counter section), over the same books (books.ts), so every write is one transaction, audited and
 * announced as the customers' are.
 */
import type { CredentialStatus } from '../vip/service.js';
import type { BankBooks, CustomerName, Tx } from './books.js';
import { failure, type BankResult } from './codes.js';
import { parseContractId } from './input.js';
import { parseBalance, parseCustomerName, parseNewPassword } from './new-customer.js';
import { hashPassword } from './password.js';
import { AUDIT_OPERATIONS, type AuditEntry, type AuditOperation, type CustomerRecord } from './schema.js';

/** What the bank counter sees of a customer: no password hash. */
export interface CustomerSummary extends CustomerName {
  contractId: string;
  balance: number;
  credentialId: string | null;
  failedAttempts: number;
  locked: boolean;
  lastLoginAt: number | null;
  /**
   * The registered token as the validation service counts it: invalid codes in a row, and its own
   * lock (at 10, apart from the bank's at 5). Null when no token is registered, or the service does
   * not know it. Staff unlock clears both locks.
   */
  credential: { failedAttempts: number; locked: boolean } | null;
}

export interface NewCustomer {
  contractId: unknown;
  password: unknown;
  name: unknown;
  balance: unknown;
}

/** Which entries of the audit log: one customer's, one operation's, or both at once. */
export interface AuditFilter {
  contractId?: string;
  operation?: AuditOperation;
}

/**
 * A page of the audit log by keyset: the newest entries, the oldest, or the page just older or
 * just newer than an entry already shown (its id).
 */
export type AuditPageAt = 'newest' | 'oldest' | { olderThan: number } | { newerThan: number };

export interface AuditPageQuery extends AuditFilter {
  at?: AuditPageAt;
  limit?: number;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntry[];
  /** How many entries match the filters, counted in the same transaction as the page was read. */
  total: number;
}

/** Entries per audit log page unless asked otherwise, and the most a page may hold. */
export const AUDIT_PAGE_SIZE = 50;
const AUDIT_PAGE_MAX = 500;

/** The index walk that yields exactly the entries `filter` selects, in id (time) order. */
function auditWalk(filter: AuditFilter) {
  const { contractId, operation } = filter;
  if (contractId !== undefined && operation !== undefined) {
    return { index: 'by-contract-operation' as const, only: [contractId, operation] };
  }
  if (contractId !== undefined) return { index: 'by-contract' as const, only: contractId };
  if (operation !== undefined) return { index: 'by-operation' as const, only: operation };
  return {};
}

/** A whole number from `min` to `max`; `fallback` for anything that is not a finite number. */
function wholeNumber(value: number | undefined, fallback: number, min: number, max: number): number {
  const number = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : fallback;
  return Math.min(Math.max(min, number), max);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalNumber = (value: unknown) => value === undefined || typeof value === 'number';
/** A customer's contract ID, or an unknown one as the log keeps it, masked (`12******90`). */
const AUDIT_CONTRACT_ID = /^[\d*]{4,16}$/;
const AUDIT_OPERATION_NAMES: readonly unknown[] = AUDIT_OPERATIONS;

const AUDIT_QUERY_FIELDS: readonly string[] = ['contractId', 'operation', 'at', 'limit'];

/**
 * The counter's question about the log, checked before it reaches the store: a filter value that
 * is no contract ID or operation, a page position that is no entry id, or anything but an object
 * is `malformed-request` (never a log filtered by nothing, never a throw).
 */
function parseAuditQuery(query: unknown): AuditPageQuery | undefined {
  if (query === undefined) return {};
  if (!isRecord(query) || ArrayBuffer.isView(query)) return undefined;
  // A field the question does not have (a typo, say) must not widen it to the whole log.
  if (Object.keys(query).some((key) => !AUDIT_QUERY_FIELDS.includes(key))) return undefined;
  const { contractId, operation, limit } = query;
  if (contractId !== undefined && !(typeof contractId === 'string' && AUDIT_CONTRACT_ID.test(contractId)))
    return undefined;
  if (operation !== undefined && !AUDIT_OPERATION_NAMES.includes(operation)) return undefined;
  if (!isOptionalNumber(limit)) return undefined;
  const at = query.at;
  const entryId = (key: string) => isRecord(at) && Object.keys(at).length === 1 && Number.isFinite(at[key]);
  if (!(
    at === undefined ||
    at === 'newest' ||
    at === 'oldest' ||
    entryId('olderThan') ||
    entryId('newerThan')
  ))
    return undefined;
  return query as AuditPageQuery;
}

function summary(customer: CustomerRecord, credential?: CredentialStatus): CustomerSummary {
  const { contractId, name, balance, failedAttempts, locked, lastLoginAt } = customer;
  return {
    contractId,
    name,
    nameEn: customer.nameEn ?? null,
    balance,
    credentialId: customer.credentialId ?? null,
    failedAttempts,
    locked,
    lastLoginAt,
    credential: credential
      ? { failedAttempts: credential.consecutiveFailures, locked: credential.locked }
      : null,
  };
}

/** Whether the counter has anything to unlock: a lock, or failures counted towards one. */
function needsUnlock(state: { failedAttempts: number; locked: boolean } | null): boolean {
  return state !== null && (state.locked || state.failedAttempts > 0);
}

/** Summaries of `customers` with their tokens' standing at the validation service (one request). */
async function withCredentials(books: BankBooks, customers: CustomerRecord[]): Promise<CustomerSummary[]> {
  const registered = customers.flatMap((customer) => (customer.credentialId ? [customer.credentialId] : []));
  const statuses = registered.length > 0 ? await books.vip.credentialStatus(registered) : [];
  const byId = new Map(registered.map((credentialId, i) => [credentialId, statuses[i]]));
  return customers.map((customer) =>
    summary(customer, customer.credentialId ? byId.get(customer.credentialId) : undefined),
  );
}

/** A staff operation on one customer, in one transaction; a refusal is audited too. */
async function staff<T extends object>(
  books: BankBooks,
  contractIdInput: unknown,
  operation: AuditOperation,
  work: (tx: Tx, customer: CustomerRecord, now: number) => Promise<BankResult<T>>,
): Promise<BankResult<T>> {
  const contractId = parseContractId(contractIdInput);
  if (!contractId.ok) return failure(contractId.code);
  const now = books.now();
  return books.write(['customers', 'sessions', 'audit'], async (tx) => {
    const customer = await tx.store('customers').get(contractId.value);
    if (!customer) return failure('unknown-contract');
    const result = await work(tx, customer, now);
    if (!result.ok) await books.audit(tx, now, customer.contractId, operation, result.code);
    return result;
  });
}

export async function listCustomers(books: BankBooks): Promise<CustomerSummary[]> {
  const customers = await books.db.read(['customers'], (tx) => tx.store('customers').getAll());
  return withCredentials(books, customers);
}

/** One customer as the counter sees them; undefined for an unknown or impossible contract ID. */
export async function customer(
  books: BankBooks,
  contractIdInput: unknown,
): Promise<CustomerSummary | undefined> {
  const contractId = parseContractId(contractIdInput);
  if (!contractId.ok) return undefined;
  const found = await books.db.read(['customers'], (tx) => tx.store('customers').get(contractId.value));
  return found && (await withCredentials(books, [found]))[0];
}

/** procedure.md X: the device is lost or broken, so staff clear the registered token ID. */
export function staffResetToken(
  books: BankBooks,
  contractId: unknown,
): Promise<BankResult<{ credentialId: string }>> {
  return staff(books, contractId, 'staff-reset-token', async (tx, customer, now) => {
    if (!customer.credentialId) return failure('no-token-registered');
    const { credentialId, ...withoutToken } = customer;
    await tx.store('customers').put(withoutToken);
    await books.audit(tx, now, customer.contractId, 'staff-reset-token', 'ok', credentialId);
    return { ok: true, credentialId };
  });
}

/**
 * Lifts the customer's lock at the bank and the registered token's at the validation service,
 * and clears both counts of failures: a customer unlocked here can log in with the right code.
 * The service is asked first (its own transaction), then the bank logs the unlock, naming the
 * token when its lock or count was cleared too; so does the answer (`credentialId`, else null).
 */
export async function staffUnlock(
  books: BankBooks,
  contractIdInput: unknown,
): Promise<BankResult<{ credentialId: string | null }>> {
  const contractId = parseContractId(contractIdInput);
  if (!contractId.ok) return failure(contractId.code);
  const found = await customer(books, contractId.value);
  const credentialId = found?.credentialId;
  const unlockCredential = Boolean(credentialId) && needsUnlock(found?.credential ?? null);
  if (credentialId && unlockCredential) await books.vip.unlock(credentialId);
  return staff(books, contractId.value, 'staff-unlock', async (tx, record, now) => {
    if (!unlockCredential && !needsUnlock(record)) return failure('not-locked');
    await tx.store('customers').put({ ...record, locked: false, failedAttempts: 0 });
    const unlocked = unlockCredential && credentialId ? credentialId : null;
    await books.audit(tx, now, record.contractId, 'staff-unlock', 'ok', unlocked ?? undefined);
    return { ok: true, credentialId: unlocked };
  });
}

/** A trainer adds a customer. */
export async function addCustomer(
  books: BankBooks,
  input: NewCustomer | unknown,
): Promise<BankResult<{ customer: CustomerSummary }>> {
  if (!isRecord(input)) return failure('malformed-request');
  const contractId = parseContractId(input.contractId);
  if (!contractId.ok) return failure(contractId.code);
  const password = parseNewPassword(input.password);
  if (!password.ok) return failure(password.code);
  const name = parseCustomerName(input.name);
  if (!name.ok) return failure(name.code);
  const balance = parseBalance(input.balance);
  if (!balance.ok) return failure(balance.code);

  const passwordHash = await hashPassword(password.value, books.passwordIterations);
  const now = books.now();
  const record: CustomerRecord = {
    contractId: contractId.value,
    name: name.value,
    balance: balance.value,
    password: passwordHash,
    failedAttempts: 0,
    locked: false,
    createdAt: now,
    lastLoginAt: null,
  };
  return books.write(['customers', 'audit'], async (tx) => {
    if (await tx.store('customers').get(record.contractId)) return failure('contract-exists');
    await tx.store('customers').add(record);
    await books.audit(tx, now, record.contractId, 'customer-added', 'ok');
    return { ok: true, customer: summary(record) };
  });
}

/**
 * One page of the audit log for the bank counter, newest first, with the count of entries
 * matching the filters.
 *
 * Keyset paging, not offset: with 100,000 entries, `offset` walks every entry it skips — page
 * 1,000 about 45 ms and the last page 80–160 ms in Chromium on two cores — where the page just
 * older than a known id is a seek, about 7 ms at any depth with the count (`npm run bench`).
 * Entries are only appended (autoIncrement ids grow with time) and only ever removed all at
 * once, so a page anchored on an id keeps its entries; the counter works out its position from
 * how much the total grew (components/bank-counter.ts). `oldest` holds the remainder (total
 * mod limit), so that pages from either end line up.
 */
export async function auditPage(
  books: BankBooks,
  queryInput?: AuditPageQuery | unknown,
): Promise<BankResult<AuditPage>> {
  const query = parseAuditQuery(queryInput);
  if (!query) return failure('malformed-request');
  const limit = wholeNumber(query.limit, AUDIT_PAGE_SIZE, 1, AUDIT_PAGE_MAX);
  const at = query.at ?? 'newest';
  const walk = auditWalk(query);
  const page: AuditPage = await books.db.read(['audit'], async (tx) => {
    const audit = tx.store('audit');
    const total = await audit.count(walk.index, walk.only);
    if (at === 'newest') {
      return { entries: await audit.page({ ...walk, direction: 'prev', limit }), total };
    }
    if (at === 'oldest') {
      const oldest = await audit.page({ ...walk, direction: 'next', limit: total % limit || limit });
      return { entries: oldest.reverse(), total };
    }
    if ('olderThan' in at) {
      return {
        entries: await audit.page({ ...walk, direction: 'prev', after: at.olderThan, limit }),
        total,
      };
    }
    const newer = await audit.page({ ...walk, direction: 'next', after: at.newerThan, limit });
    return { entries: newer.reverse(), total };
  });
  return { ok: true, ...page };
}
