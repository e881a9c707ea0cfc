/**
 * The bank counter's audit log queries with 100,000 entries in the browser's real IndexedDB:
 * the newest page, a page 1,000 pages deep, the oldest page, and a page filtered by customer and
 * operation at once — each as the counter asks for it (Bank.auditPage: keyset, with the count),
 * and, for reference, the ways it does not: offset paging (cursor.advance) and v2's two-filter
 * query (every entry of the customer, filtered in JavaScript). Browser only: it deletes and
 * reseeds the demo's three databases.
 */
import type { BankResult } from '../src/bank/codes.js';
import type { AuditFilter } from '../src/bank/staff.js';
import { AUDIT_OPERATIONS, type AuditEntry } from '../src/bank/schema.js';
import { createClock } from '../src/clock.js';
import { DEMO_CUSTOMERS } from '../src/demo-customers.js';
import { openDemo, type Demo } from '../src/demo.js';
import { DATABASE_NAMES } from './login-bench.js';

/** The page or entries the bank answered; the bench asks only what it understands. */
function okOf<T extends object>(result: BankResult<T>): { ok: true } & T {
  if (!result.ok) throw new Error(`The audit log refused the query: ${result.code}`);
  return result;
}

export interface AuditBenchOptions {
  entries: number;
  /** Entries written per readwrite transaction. */
  batchSize: number;
  warmups: number;
  samples: number;
}

export const DEFAULT_AUDIT_BENCH: AuditBenchOptions = {
  entries: 100_000,
  batchSize: 5000,
  warmups: 2,
  samples: 15,
};

export interface AuditCase {
  key: string;
  label: string;
  /** Whether the counter makes this query; the others are there to compare. */
  counter: boolean;
  /** Entries the query returned, as a check that it did its work. */
  rows: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
}

export interface AuditBenchResult {
  options: AuditBenchOptions;
  /** The customer and operation of the two-filter cases, and how many entries they select. */
  twoFilters: AuditFilter & { entries: number };
  storage: string;
  storedEntries: number;
  fillMs: number;
  cases: AuditCase[];
}

/** The page size of the counter. */
const PAGE = 50;
const BASE_TIME = Date.UTC(2026, 0, 5, 0, 0, 0);
const CUSTOMERS = DEMO_CUSTOMERS.map((customer) => customer.contractId);
/** Customer i mod 3 and operation i mod 10: this pair is every 30th entry (3,334 of 100,000). */
const BOTH: AuditFilter = { contractId: CUSTOMERS[1], operation: AUDIT_OPERATIONS[1] };

function entry(i: number): AuditEntry {
  return {
    time: BASE_TIME + i * 1000,
    contractId: CUSTOMERS[i % CUSTOMERS.length],
    operation: AUDIT_OPERATIONS[i % AUDIT_OPERATIONS.length],
    result: i % 4 === 0 ? 'wrong-password' : 'ok',
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

async function fill(demo: Demo, count: number, batchSize: number): Promise<void> {
  for (let first = 0; first < count; first += batchSize) {
    await demo.databases.bank.write(['audit'], async (tx) => {
      const audit = tx.store('audit');
      const adds: Promise<number>[] = [];
      for (let i = first; i < Math.min(count, first + batchSize); i++) adds.push(audit.add(entry(i)));
      await Promise.all(adds);
    });
  }
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function time(
  options: AuditBenchOptions,
  key: string,
  label: string,
  counter: boolean,
  query: () => Promise<number>,
): Promise<AuditCase> {
  for (let i = 0; i < options.warmups; i++) await query();
  const samplesMs: number[] = [];
  let rows = 0;
  for (let i = 0; i < options.samples; i++) {
    const start = performance.now();
    rows = await query();
    samplesMs.push(performance.now() - start);
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    key,
    label,
    counter,
    rows,
    medianMs: median(sorted),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    samplesMs,
  };
}

export async function runAuditBench(
  options: Partial<AuditBenchOptions> = {},
  progress: (message: string) => void = () => undefined,
): Promise<AuditBenchResult> {
  const merged = { ...DEFAULT_AUDIT_BENCH, ...options };
  for (const name of DATABASE_NAMES) await deleteDatabase(name);
  const clock = createClock({ realNow: () => BASE_TIME + merged.entries * 1000 });
  clock.freeze();
  // The demo's customers without the seeded lock, whose five failures would be in the log already:
  // the log holds exactly the entries written here.
  const customers = DEMO_CUSTOMERS.map(({ locked: _locked, ...customer }) => customer);
  const demo = await openDemo({ clock, passwordIterations: 1000, customers });
  try {
    if (demo.storage.kind !== 'indexeddb') {
      throw new Error(`Not IndexedDB: ${demo.storage.fallbackReason ?? demo.storage.kind}`);
    }
    progress(`audit log: writing ${merged.entries.toLocaleString('en-US')} entries`);
    const fillStart = performance.now();
    await fill(demo, merged.entries, merged.batchSize);
    const fillMs = performance.now() - fillStart;
    const { bank } = demo;
    const storedEntries = okOf(await bank.auditPage({ limit: 1 })).total;
    if (storedEntries !== merged.entries) throw new Error(`${storedEntries} entries stored`);

    // Page 1,000 starts just older than the last entry of page 999, as 次へ (Next) asks for it.
    const deep = PAGE * 999;
    // The bank pages by keyset only; the comparison with an offset walk reads the store itself.
    const byOffset = (offset: number, limit: number) =>
      demo.databases.bank.read(['audit'], (tx) =>
        tx.store('audit').page({ direction: 'prev', offset, limit }),
      );
    const [lastOf999] = await byOffset(deep - 1, 1);
    const expectRows = (rows: number, want: number, what: string) => {
      if (rows !== want) throw new Error(`${what}: ${rows} entries, not ${want}`);
      return rows;
    };
    const bothTotal = Math.ceil(merged.entries / 30);

    progress(`audit log: ${merged.samples} samples of each query after ${merged.warmups} warm-ups`);
    const cases: AuditCase[] = [];
    const run = async (key: string, label: string, counter: boolean, query: () => Promise<number>) =>
      cases.push(await time(merged, key, label, counter, query));

    await run('newest', 'page 1, with the count', true, async () =>
      expectRows(okOf(await bank.auditPage()).entries.length, PAGE, 'page 1'),
    );
    await run('keyset1000', 'page 1,000 (Next: keyset)', true, async () => {
      const page = okOf(await bank.auditPage({ at: { olderThan: lastOf999.id! } }));
      return expectRows(page.entries.length, PAGE, 'page 1,000');
    });
    await run('oldest', 'last page (Last)', true, async () =>
      expectRows(okOf(await bank.auditPage({ at: 'oldest' })).entries.length, PAGE, 'last page'),
    );
    await run('both', 'two filters, page 1', true, async () => {
      const page = okOf(await bank.auditPage(BOTH));
      expectRows(page.total, bothTotal, 'two-filter total');
      return expectRows(page.entries.length, PAGE, 'two-filter page');
    });
    await run('bothOldest', 'two filters, last page', true, async () =>
      expectRows(
        okOf(await bank.auditPage({ ...BOTH, at: 'oldest' })).entries.length,
        bothTotal % PAGE || PAGE,
        'two-filter last page',
      ),
    );
    await run('offset1000', 'page 1,000 by offset (advance)', false, async () =>
      expectRows((await byOffset(deep, PAGE)).length, PAGE, 'offset page 1,000'),
    );
    await run('offsetLast', 'last page by offset (advance)', false, async () =>
      expectRows((await byOffset(merged.entries - PAGE, PAGE)).length, PAGE, 'offset last page'),
    );
    await run('v2Both', 'two filters, v2 way', false, async () => {
      // v2: read every entry of the customer, newest first, and keep the operation's.
      const mine = await demo.databases.bank.read(['audit'], (tx) =>
        tx.store('audit').page({
          index: 'by-contract',
          only: BOTH.contractId!,
          direction: 'prev',
          limit: merged.entries,
        }),
      );
      const rows = mine.filter((candidate) => candidate.operation === BOTH.operation).slice(0, PAGE);
      return expectRows(rows.length, PAGE, 'v2 two-filter page');
    });
    const twoFilters = { ...BOTH, entries: bothTotal };
    return { options: merged, twoFilters, storage: 'indexeddb', storedEntries, fillMs, cases };
  } finally {
    demo.close();
    for (const name of DATABASE_NAMES) await deleteDatabase(name);
  }
}
