import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditFilter, AuditPageAt } from '../../../src/bank/staff.js';
import { AUDIT_OPERATIONS, type AuditEntry } from '../../../src/bank/schema.js';
import type { Demo } from '../../../src/demo.js';
import { DEFAULT, memoryDemo } from '../fixtures.js';
import { okOf } from '../../results.js';

let demo: Demo;
beforeEach(async () => {
  demo = await memoryDemo();
  // These tests write their own log and count all of it: the seed's (a locked customer's failed
  // logins) is cleared first.
  await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
});
afterEach(() => demo.close());

const CUSTOMERS = ['1234567890', '2345678901', '3456789012'];

/**
 * A log of `count` entries written straight into the store, as the bank writes them: customers,
 * operations and results interleaved unevenly, and every 17th entry without a contract ID (an
 * expired flow), so no filter selects a regular stride.
 */
async function writeLog(count: number): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = Array.from({ length: count }, (_, i) => ({
    time: 1_700_000_000_000 + i * 1000,
    contractId: i % 17 === 0 ? null : CUSTOMERS[(i * 7) % 3],
    operation: AUDIT_OPERATIONS[(i * 5) % 4],
    result: i % 3 === 0 ? 'wrong-password' : 'ok',
  }));
  await demo.databases.bank.write(['audit'], async (tx) => {
    for (const entry of entries) await tx.store('audit').add(entry);
  });
  return demo.databases.bank.read(['audit'], (tx) => tx.store('audit').getAll());
}

/** What the filter selects, newest first, worked out without any index. */
function expected(all: AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return all
    .filter(
      (entry) =>
        (filter.contractId === undefined || entry.contractId === filter.contractId) &&
        (filter.operation === undefined || entry.operation === filter.operation),
    )
    .sort((a, b) => b.id! - a.id!);
}

const FILTERS: AuditFilter[] = [
  {},
  { contractId: '2345678901' },
  { operation: 'login-otp' },
  { contractId: '2345678901', operation: 'login-otp' },
  { contractId: '3456789012', operation: 'staff-unlock' },
];

const ids = (entries: AuditEntry[]) => entries.map((entry) => entry.id);

describe('audit log with both filters', () => {
  it('walks the customer+operation index: newest first, paged by keyset as with one filter', async () => {
    const all = await writeLog(300);
    const both = { contractId: DEFAULT.contractId, operation: 'register-auth' as const };
    const want = expected(all, both);
    expect(want.length).toBeGreaterThan(20);

    expect(ids(okOf(await demo.bank.auditPage({ ...both, limit: 500 })).entries)).toEqual(ids(want));
    const first = okOf(await demo.bank.auditPage({ ...both, limit: 5 })).entries;
    const olderThan = first.at(-1)!.id!;
    expect(ids(okOf(await demo.bank.auditPage({ ...both, at: { olderThan }, limit: 7 })).entries)).toEqual(
      ids(want.slice(5, 12)),
    );
    const count = await demo.databases.bank.read(['audit'], (tx) =>
      tx.store('audit').count('by-contract-operation', [both.contractId, both.operation]),
    );
    expect(count).toBe(want.length);
  });

  it('leaves entries without a contract ID out of customer filters, and keeps them in the rest', async () => {
    const all = await writeLog(60);
    const anonymous = all.filter((entry) => entry.contractId === null);
    expect(anonymous).toHaveLength(4);
    const everything = okOf(await demo.bank.auditPage({ limit: 500 })).entries;
    expect(everything.filter((entry) => entry.contractId === null)).toHaveLength(4);
    for (const contractId of CUSTOMERS) {
      for (const operation of AUDIT_OPERATIONS) {
        const page = okOf(await demo.bank.auditPage({ contractId, operation, limit: 500 })).entries;
        expect(page.every((entry) => entry.contractId === contractId && entry.operation === operation)).toBe(
          true,
        );
      }
    }
  });
});

describe('auditPage (keyset paging for the counter)', () => {
  /** Every page from `start`, following `next`, until no entry is left. */
  async function walk(filter: AuditFilter, limit: number, start: AuditPageAt, older: boolean) {
    const pages: AuditEntry[][] = [];
    let at = start;
    for (;;) {
      const page = okOf(await demo.bank.auditPage({ ...filter, at, limit }));
      if (page.entries.length === 0) break;
      pages.push(page.entries);
      const edge = older ? page.entries[page.entries.length - 1] : page.entries[0];
      at = older ? { olderThan: edge.id! } : { newerThan: edge.id! };
      if (pages.length > 1000) throw new Error('no end');
    }
    return pages;
  }

  for (const filter of FILTERS) {
    it(`pages ${JSON.stringify(filter)} newest first to the end, and back from the oldest, on the same pages`, async () => {
      const all = await writeLog(250);
      const want = expected(all, filter);
      const { total } = okOf(await demo.bank.auditPage(filter));
      expect(total).toBe(want.length);

      const down = await walk(filter, 7, 'newest', true);
      expect(ids(down.flat())).toEqual(ids(want));
      expect(down.slice(0, -1).every((page) => page.length === 7)).toBe(true);

      // From the oldest page back up: the remainder first, then the pages going down, reversed.
      const up = await walk(filter, 7, 'oldest', false);
      expect(up.map(ids)).toEqual(down.map(ids).reverse());
    });
  }

  it('holds the remainder on the oldest page, a full page when the total divides, nothing when empty', async () => {
    expect(okOf(await demo.bank.auditPage({ at: 'oldest' }))).toEqual({ ok: true, entries: [], total: 0 });
    const all = await writeLog(120);
    const newestFirst = expected(all, {});
    expect(ids(okOf(await demo.bank.auditPage({ at: 'oldest', limit: 50 })).entries)).toEqual(
      ids(newestFirst.slice(100)),
    );
    expect(ids(okOf(await demo.bank.auditPage({ at: 'oldest', limit: 40 })).entries)).toEqual(
      ids(newestFirst.slice(80)),
    );
  });

  it('keeps the entries of an anchored page when newer ones are logged; only the total grows', async () => {
    await writeLog(100);
    const first = okOf(await demo.bank.auditPage({ limit: 10 }));
    const anchor = { olderThan: first.entries[9].id! };
    const second = okOf(await demo.bank.auditPage({ at: anchor, limit: 10 }));

    await demo.bank.login(DEFAULT.contractId, 'Wrong123');
    await demo.bank.login(DEFAULT.contractId, DEFAULT.password);

    const again = okOf(await demo.bank.auditPage({ at: anchor, limit: 10 }));
    expect(ids(again.entries)).toEqual(ids(second.entries));
    expect(again.total).toBe(second.total + 2);
    const newest = okOf(await demo.bank.auditPage({ limit: 2 }));
    expect(newest.entries.map((entry) => [entry.operation, entry.result])).toEqual([
      ['login', 'ok'],
      ['login', 'wrong-password'],
    ]);
  });

  it('pages 50 entries unless asked otherwise, and never more than 500', async () => {
    await writeLog(600);
    expect(okOf(await demo.bank.auditPage()).entries).toHaveLength(50);
    expect(okOf(await demo.bank.auditPage({ limit: 10_000 })).entries).toHaveLength(500);
    expect(okOf(await demo.bank.auditPage({ limit: 0 })).entries).toHaveLength(1);
  });
});
