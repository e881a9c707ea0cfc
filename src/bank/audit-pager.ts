/**
 * Paging through the audit log at the bank counter, newest first, 50 entries a page: which page to
 * read for a move, and where a page just read sits in the log.
 *
 * `Bank.auditPage` pages by key (the page older or newer than an entry's id), which costs the same
 * at any depth, so the counter never asks for a position: it works one out. Entries are only ever
 * added, newest, or all removed at once (a reset of the demo). So the entries older than a page
 * shown grow by nothing, and its position grows by exactly the growth of the total. A total that
 * shrank, or an anchor gone, means a reset: back to the newest page.
 */
import { AUDIT_PAGE_SIZE, type AuditFilter, type AuditPage, type AuditPageAt } from './staff.js';

/** The page on screen. */
export interface ShownPage extends AuditPage {
  filter: AuditFilter;
  /** How it was asked for, to read it again on refresh. */
  at: AuditPageAt;
  /** Matching entries newer than its first one: its position, from 0. */
  offset: number;
}

export type PageMove = 'first' | 'previous' | 'next' | 'last';

/**
 * Where a page just read sits, given the page shown before it (same filter) and how many entries
 * were logged in between (`grown`); `undefined` sends the counter to the newest page.
 */
type Position = (page: AuditPage, before: ShownPage | undefined, grown: number) => number | undefined;

/** A page to read, and how to place it once read. */
export interface PageRequest {
  at: AuditPageAt;
  position: Position;
}

/** The newest page is the first. */
export const NEWEST: PageRequest = { at: 'newest', position: () => 0 };

/** The oldest page holds the remainder (`Bank.auditPage`): it ends at the total. */
export const OLDEST: PageRequest = { at: 'oldest', position: (page) => page.total - page.entries.length };

/** The page shown, read again: it moved down by what was logged since. */
const same = (at: AuditPageAt): PageRequest => ({
  at,
  position: (_page, before, grown) => before && before.offset + grown,
});

function sameFilter(a: AuditFilter, b: AuditFilter): boolean {
  return a.contractId === b.contractId && a.operation === b.operation;
}

/** Whether there is a page in that direction of the one shown. */
export function canMove(shown: ShownPage | undefined, move: PageMove): boolean {
  if (!shown) return false;
  return move === 'first' || move === 'previous'
    ? shown.offset > 0
    : shown.offset + shown.entries.length < shown.total;
}

/** The page a move asks for; undefined when there is none that way. */
export function moveRequest(shown: ShownPage | undefined, move: PageMove): PageRequest | undefined {
  if (!shown || !canMove(shown, move)) return undefined;
  switch (move) {
    case 'first':
      return NEWEST;
    case 'last':
      return OLDEST;
    case 'next': {
      const last = shown.entries[shown.entries.length - 1];
      return {
        at: { olderThan: last.id! },
        position: (_page, before, grown) => before && before.offset + grown + before.entries.length,
      };
    }
    case 'previous': {
      const first = shown.entries[0];
      return {
        at: { newerThan: first.id! },
        position: (page, before, grown) => {
          // Entries logged since may have made this page the newest but for a few: go to the newest.
          if (!before || before.offset + grown <= AUDIT_PAGE_SIZE) return undefined;
          return before.offset + grown - page.entries.length;
        },
      };
    }
  }
}

/** The page to read again for `filter`: the one shown if it is for that filter, else the newest. */
export function refreshRequest(shown: ShownPage | undefined, filter: AuditFilter): PageRequest {
  const at = shown && sameFilter(shown.filter, filter) ? shown.at : 'newest';
  return at === 'newest' ? NEWEST : at === 'oldest' ? OLDEST : same(at);
}

/**
 * The page read for `request` and `filter`, placed, given the page shown when it was asked for;
 * undefined when it cannot be placed (the log was reset, its anchor is gone): read the newest.
 */
export function placePage(
  page: AuditPage,
  request: PageRequest,
  filter: AuditFilter,
  shown: ShownPage | undefined,
): ShownPage | undefined {
  const before = shown && sameFilter(shown.filter, filter) ? shown : undefined;
  const grown = before ? page.total - before.total : 0;
  const reset = grown < 0 || (page.total > 0 && page.entries.length === 0);
  const offset = reset ? undefined : request.position(page, before, grown);
  if (offset === undefined && request.at !== 'newest') return undefined;
  return { ...page, filter, at: request.at, offset: offset ?? 0 };
}
