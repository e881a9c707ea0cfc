import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NEWEST,
  OLDEST,
  canMove,
  moveRequest,
  placePage,
  refreshRequest,
  type PageMove,
  type PageRequest,
  type ShownPage,
} from '../../../src/bank/audit-pager.js';
import { AUDIT_PAGE_SIZE, type AuditFilter } from '../../../src/bank/staff.js';
import type { AuditEntry } from '../../../src/bank/schema.js';
import type { Demo } from '../../../src/demo.js';
import { memoryDemo } from '../fixtures.js';

let demo: Demo;
beforeEach(async () => {
  demo = await memoryDemo();
  // The seed logs nothing; every entry here is the test's.
  await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
});
afterEach(() => demo.close());

const CUSTOMERS = ['1234567890', '2345678901'];

/** `count` more entries, as the bank appends them: the two customers in turn. */
async function log(count: number) {
  await demo.databases.bank.write(['audit'], async (tx) => {
    for (let i = 0; i < count; i++) {
      await tx.store('audit').add({
        time: 1_700_000_000_000 + i,
        contractId: CUSTOMERS[i % 2],
        operation: 'login',
        result: 'ok',
      });
    }
  });
}

/** The log as the filter selects it, newest first: a page at offset n starts at entry n. */
async function newestFirst(filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const all = await demo.databases.bank.read(['audit'], (tx) => tx.store('audit').getAll());
  return all
    .filter((entry) => filter.contractId === undefined || entry.contractId === filter.contractId)
    .sort((a, b) => b.id! - a.id!);
}

/** What the counter does: read the page the request names, and place it (else the newest). */
async function show(request: PageRequest, shown?: ShownPage, filter: AuditFilter = {}): Promise<ShownPage> {
  const page = await demo.bank.auditPage({ ...filter, at: request.at, limit: AUDIT_PAGE_SIZE });
  if (!page.ok) throw new Error(page.code);
  return placePage(page, request, filter, shown) ?? show(NEWEST, shown, filter);
}

async function move(shown: ShownPage, direction: PageMove): Promise<ShownPage> {
  const request = moveRequest(shown, direction);
  if (!request) throw new Error(`cannot move ${direction}`);
  return show(request, shown, shown.filter);
}

/** The page shown is where its position says: the entries at `offset` of the whole log. */
async function expectPlaced(shown: ShownPage) {
  const all = await newestFirst(shown.filter);
  expect(shown.entries.map((entry) => entry.id)).toEqual(
    all.slice(shown.offset, shown.offset + shown.entries.length).map((entry) => entry.id),
  );
  expect(shown.total).toBe(all.length);
}

describe('the audit log pager', () => {
  it('has nowhere to move with no page, and from a single page', async () => {
    expect(canMove(undefined, 'next')).toBe(false);
    expect(moveRequest(undefined, 'first')).toBe(undefined);
    await log(10);
    const only = await show(NEWEST);
    for (const direction of ['first', 'previous', 'next', 'last'] as const) {
      expect(canMove(only, direction), direction).toBe(false);
      expect(moveRequest(only, direction), direction).toBe(undefined);
    }
  });

  it('walks from the newest page to the oldest and back, each page at its position', async () => {
    await log(3 * AUDIT_PAGE_SIZE + 7);
    let shown = await show(NEWEST);
    expect(shown.offset).toBe(0);
    expect(canMove(shown, 'previous')).toBe(false);
    const offsets = [0];
    while (canMove(shown, 'next')) {
      shown = await move(shown, 'next');
      await expectPlaced(shown);
      offsets.push(shown.offset);
    }
    expect(offsets).toEqual([0, 50, 100, 150]);
    expect(shown.entries).toHaveLength(7);
    while (canMove(shown, 'previous')) {
      shown = await move(shown, 'previous');
      await expectPlaced(shown);
    }
    expect(shown.offset).toBe(0);
  });

  it('puts the oldest page, which holds the remainder, at the end; first goes back to the newest', async () => {
    await log(2 * AUDIT_PAGE_SIZE + 13);
    const newest = await show(NEWEST);
    expect(moveRequest(newest, 'last')).toBe(OLDEST);
    const oldest = await move(newest, 'last');
    expect(oldest.offset).toBe(100);
    expect(oldest.entries).toHaveLength(13);
    await expectPlaced(oldest);
    expect(canMove(oldest, 'next')).toBe(false);
    expect(canMove(oldest, 'last')).toBe(false);
    const previous = await move(oldest, 'previous');
    expect(previous.offset).toBe(50);
    await expectPlaced(previous);
    expect((await move(previous, 'first')).offset).toBe(0);
  });

  it('keeps a page in place while entries are logged: its position grows by what was added', async () => {
    await log(3 * AUDIT_PAGE_SIZE);
    const second = await move(await show(NEWEST), 'next');
    await log(9);
    const again = await show(refreshRequest(second, {}), second);
    expect(again.offset).toBe(59);
    expect(again.entries.map((entry) => entry.id)).toEqual(second.entries.map((entry) => entry.id));
    await expectPlaced(again);
    const third = await move(again, 'next');
    await expectPlaced(third);
    await log(4);
    const back = await move(third, 'previous');
    expect(back.offset).toBe(63);
    await expectPlaced(back);
  });

  it('goes to the newest page when the page before would be short (entries logged since)', async () => {
    await log(2 * AUDIT_PAGE_SIZE);
    const second = await move(await show(NEWEST), 'next');
    await log(20);
    // 70 entries are newer than the page shown: the 50 just before it start at 20.
    const back = await move(second, 'previous');
    expect(back.offset).toBe(20);
    await expectPlaced(back);
    // Only 20 are newer than that one: not a page of 20, but the newest page, whole.
    const newest = await move(back, 'previous');
    expect(newest).toMatchObject({ at: 'newest', offset: 0 });
    expect(newest.entries).toHaveLength(AUDIT_PAGE_SIZE);
    await expectPlaced(newest);
  });

  it('goes to the newest page after a reset of the log, and to none when it is empty', async () => {
    await log(2 * AUDIT_PAGE_SIZE);
    const oldest = await move(await show(NEWEST), 'last');
    await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
    await log(5);
    const after = await show(refreshRequest(oldest, {}), oldest);
    expect(after.at).toBe('newest');
    expect(after.offset).toBe(0);
    await expectPlaced(after);
    await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
    const empty = await show(refreshRequest(after, {}), after);
    expect(empty).toMatchObject({ entries: [], total: 0, offset: 0 });
  });

  it('starts from the newest page for another filter, and keeps the pages of each filter apart', async () => {
    await log(4 * AUDIT_PAGE_SIZE);
    const second = await move(await show(NEWEST), 'next');
    const filter = { contractId: CUSTOMERS[1] };
    expect(refreshRequest(second, filter)).toBe(NEWEST);
    const theirs = await show(refreshRequest(second, filter), second, filter);
    expect(theirs.offset).toBe(0);
    expect(theirs.total).toBe(2 * AUDIT_PAGE_SIZE);
    await expectPlaced(await move(theirs, 'next'));
  });
});
