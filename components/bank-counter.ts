import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  AUDIT_PAGE_SIZE,
  type AuditFilter,
  type AuditPage,
  type AuditPageAt,
  type CustomerSummary,
} from '../src/bank/bank.js';
import { AUDIT_OPERATIONS, type AuditEntry, type AuditOperation } from '../src/bank/schema.js';
import { failureMessage, isLocale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tools.js';
import { formatCredentialId } from '../src/token/device.js';
import { BankScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';
import { bankScreenStyles } from './internal/styles.js';

/** The audit log page on screen. */
interface ShownPage extends AuditPage {
  filter: AuditFilter;
  /** How it was asked for, to read it again on refresh. */
  at: AuditPageAt;
  /** Matching entries newer than its first one: its position, from 0. */
  offset: number;
}

/**
 * Where a page just read sits, given the page shown before it (same filter) and how many
 * entries were logged in between (`grown`); `undefined` sends the counter to the newest page.
 */
type Position = (page: AuditPage, before: ShownPage | undefined, grown: number) => number | undefined;

const SAME: Position = (_page, before, grown) => before && before.offset + grown;
const NEWEST: Position = () => 0;
const OLDEST: Position = (page) => page.total - page.entries.length;

/**
 * The bank counter (窓口): staff see each customer's registered token ID, lock state and failures
 * in a row, reset the token ID when the device is broken or lost (procedure.md X), unlock a locked
 * customer, and read the audit log (取引記録) newest first — filtered by customer and by operation,
 * 50 entries a page, as quick on page 2,000 of 100,000 entries as on page 1.
 *
 * @summary 窓口 — staff view of customers, token reset, unlock and the audit log.
 * @fires token-reset - Staff reset a token ID: `{contractId, credentialId}`.
 * @fires customer-unlocked - Staff unlocked a customer: `{contractId}`.
 */
@defineElement('bank-counter')
export class BankCounter extends BankScreen {
  private get counterMessages() {
    return toolMessagesFor(isLocale(this.locale) ? this.locale : 'ja').counter;
  }

  static override styles = [
    bankScreenStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        margin: 0.75em 0;
      }
      .filters .field {
        grid-template-columns: minmax(0, auto);
        min-width: 0;
        max-width: 100%;
      }
      select {
        font: inherit;
        padding: 0.35em 0.4em;
        border: 1px solid #767676;
        border-radius: 0.2em;
        min-width: 0;
        max-width: 100%;
      }
      select:focus-visible,
      .table-scroll:focus-visible {
        outline: 3px solid var(--otp-color-focus, #ffbf47);
        outline-offset: 2px;
      }
      caption {
        text-align: left;
        font-weight: bold;
        padding: 0.25em 0;
      }
      td.failed {
        color: var(--otp-color-error, #b00020);
      }
      /* A table cell, whatever the shared .actions class says. */
      td.actions {
        display: table-cell;
      }
      /* IDs, names, times and results stay on one line; a table scrolls sideways when narrow. */
      .nowrap {
        white-space: nowrap;
      }
      #log tbody th {
        font-weight: normal;
      }
      #log td.operation {
        min-width: 9em;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
        margin: 0.75em 0;
      }
      .pager p {
        margin: 0 0.5em;
      }
      button[aria-disabled='true'] {
        color: #6b6b6b;
        border-color: #9a9a9a;
        cursor: not-allowed;
      }
    `,
  ];

  /** Numbers each audit log read; an answer to an older one is dropped. */
  private loads = 0;

  @state() private customers: CustomerSummary[] = [];
  @state() private status?: string;
  /** The filters as selected; the page shown may still be for the previous ones. */
  @state() private filter: AuditFilter = {};
  @state() private log?: ShownPage;
  /** An audit log read is under way: paging waits for it (its anchor is the page shown). */
  @state() private loading = false;

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('bank')) void this.refresh();
  }

  private async resetToken(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffResetToken(contractId);
      this.status = result.ok
        ? this.counterMessages.tokenReset(contractId)
        : failureMessage(this.messages, result);
      if (result.ok) this.emit('token-reset', { contractId, credentialId: result.credentialId });
      await this.afterAction();
    });
  }

  private async unlock(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffUnlock(contractId);
      this.status = result.ok
        ? this.counterMessages.unlocked(contractId)
        : failureMessage(this.messages, result);
      if (result.ok) this.emit('customer-unlocked', { contractId });
      await this.afterAction();
    });
  }

  /**
   * After a reset or an unlock: the row changed and the log has a new newest entry, so show it.
   * The button pressed may be gone with its reason (a reset customer has no token to reset):
   * focus then goes to the outcome rather than to the page's start.
   */
  private async afterAction() {
    const [customers] = await Promise.all([this.bank!.listCustomers(), this.showLog('newest', NEWEST)]);
    this.customers = customers;
    await this.updateComplete;
    if (!this.renderRoot.querySelector(':focus')) {
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
    }
  }

  private filterChanged(change: AuditFilter) {
    this.filter = { ...this.filter, ...change };
    void this.showLog('newest', NEWEST);
  }

  private move(direction: 'first' | 'previous' | 'next' | 'last') {
    const shown = this.log;
    if (!shown || this.loading || !this.canMove(direction)) return;
    const limit = AUDIT_PAGE_SIZE;
    switch (direction) {
      case 'first':
        return void this.showLog('newest', NEWEST);
      case 'last':
        return void this.showLog('oldest', OLDEST);
      case 'next': {
        const last = shown.entries[shown.entries.length - 1];
        return void this.showLog(
          { olderThan: last.id! },
          (_page, before, grown) => before && before.offset + grown + before.entries.length,
        );
      }
      case 'previous': {
        const first = shown.entries[0];
        return void this.showLog({ newerThan: first.id! }, (page, before, grown) => {
          // Entries logged since may have made this page the newest but for a few: go to the newest.
          if (!before || before.offset + grown <= limit) return undefined;
          return before.offset + grown - page.entries.length;
        });
      }
    }
  }

  private canMove(direction: 'first' | 'previous' | 'next' | 'last'): boolean {
    const shown = this.log;
    if (!shown) return false;
    return direction === 'first' || direction === 'previous'
      ? shown.offset > 0
      : shown.offset + shown.entries.length < shown.total;
  }

  /**
   * Reads a page of the log for the selected filters and shows it at the position `position`
   * works out. Entries are only ever added, newest, or all removed at once (a reset of the
   * demo): so the entries older than a page shown grow by nothing, and its position grows by
   * exactly the growth of the total. A total that shrank, or an anchor gone, means a reset:
   * back to the newest page.
   */
  private async showLog(at: AuditPageAt, position: Position): Promise<void> {
    const bank = this.bank;
    if (!bank) return;
    const load = ++this.loads;
    const filter = this.filter;
    this.loading = true;
    try {
      const page = await bank.auditPage({ ...filter, at, limit: AUDIT_PAGE_SIZE });
      if (load !== this.loads || !page.ok) return;
      const before = this.log && sameFilter(this.log.filter, filter) ? this.log : undefined;
      const grown = before ? page.total - before.total : 0;
      const offset =
        grown < 0 || (page.total > 0 && page.entries.length === 0)
          ? undefined
          : position(page, before, grown);
      if (offset === undefined && at !== 'newest') return this.showLog('newest', NEWEST);
      this.log = { ...page, filter, at, offset: offset ?? 0 };
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  /** Re-reads the customers and the audit log page shown (after a reset of the demo, say). */
  async refresh(): Promise<void> {
    if (!this.bank) return;
    const at = this.log && sameFilter(this.log.filter, this.filter) ? this.log.at : 'newest';
    const position = at === 'newest' ? NEWEST : at === 'oldest' ? OLDEST : SAME;
    const [customers] = await Promise.all([this.bank.listCustomers(), this.showLog(at, position)]);
    this.customers = customers;
  }

  private rowTemplate(customer: CustomerSummary) {
    const m = this.counterMessages;
    return html`<tr>
      <th scope="row" class="nowrap">${customer.contractId}</th>
      <td class="nowrap">${customer.name}</td>
      <td>${customer.credentialId ? formatCredentialId(customer.credentialId) : m.none}</td>
      <td class="nowrap">${customer.locked ? m.locked : m.active}</td>
      <td>${customer.failedAttempts}</td>
      <td class="actions">
        <div class="cell-actions">
          ${
            customer.credentialId
              ? html`<button
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.resetToken(customer.contractId)}
                >
                  ${m.resetToken(customer.contractId)}
                </button>`
              : nothing
          }
          ${
            customer.locked
              ? html`<button
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.unlock(customer.contractId)}
                >
                  ${m.unlock(customer.contractId)}
                </button>`
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  private customersTemplate() {
    const m = this.counterMessages;
    return html`<div class="table-scroll">
      <table id="customers">
        <thead>
          <tr>
            <th scope="col">${m.contractId}</th>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.credentialId}</th>
            <th scope="col">${m.state}</th>
            <th scope="col">${m.failures}</th>
            <th scope="col">${m.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${this.customers.map((customer) => this.rowTemplate(customer))}
        </tbody>
      </table>
    </div>`;
  }

  private filtersTemplate() {
    const m = this.counterMessages;
    const { contractId, operation } = this.filter;
    const known = this.customers.some((customer) => customer.contractId === contractId);
    return html`<div class="filters">
      <div class="field">
        <label for="filter-customer">${m.filterCustomer}</label>
        <select
          id="filter-customer"
          @change=${(event: Event) =>
            this.filterChanged({ contractId: (event.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${contractId === undefined}>${m.allCustomers}</option>
          ${this.customers.map(
            (customer) =>
              html`<option value=${customer.contractId} ?selected=${customer.contractId === contractId}>
                ${m.customerOption(customer.contractId, customer.name)}
              </option>`,
          )}
          ${
            contractId !== undefined && !known
              ? html`<option value=${contractId} selected>${contractId}</option>`
              : nothing
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-operation">${m.filterOperation}</label>
        <select
          id="filter-operation"
          @change=${(event: Event) =>
            this.filterChanged({
              operation: ((event.target as HTMLSelectElement).value || undefined) as
                AuditOperation | undefined,
            })}
        >
          <option value="" ?selected=${operation === undefined}>${m.allOperations}</option>
          ${AUDIT_OPERATIONS.map(
            (candidate) =>
              html`<option value=${candidate} ?selected=${candidate === operation}>
                ${m.operations[candidate]}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private entryTemplate(entry: AuditEntry) {
    const m = this.counterMessages;
    return html`<tr>
      <th scope="row" class="nowrap">
        <time datetime=${new Date(entry.time).toISOString()}
          >${this.messages.common.dateTime(entry.time)}</time
        >
      </th>
      <td class="nowrap">${entry.contractId ?? m.noContract}</td>
      <td class="operation">${m.operations[entry.operation] ?? entry.operation}</td>
      <td class="nowrap ${entry.result === 'ok' ? '' : 'failed'}">
        ${m.results[entry.result] ?? entry.result}
      </td>
      <td class="nowrap">${entry.credentialId ? formatCredentialId(entry.credentialId) : ''}</td>
    </tr>`;
  }

  private pagerButton(direction: 'first' | 'previous' | 'next' | 'last', label: string) {
    // aria-disabled, not disabled: a disabled button drops the keyboard focus of whoever just
    // paged to the end with it.
    return html`<button
      type="button"
      data-page=${direction}
      aria-disabled=${this.canMove(direction) ? 'false' : 'true'}
      @click=${() => this.move(direction)}
    >
      ${label}
    </button>`;
  }

  private logTemplate() {
    const m = this.counterMessages;
    const log = this.log;
    const entries = log?.entries ?? [];
    const first = (log?.offset ?? 0) + 1;
    const last = (log?.offset ?? 0) + entries.length;
    const total = log?.total ?? 0;
    return html`<h3 id="log-title">${m.logTitle}</h3>
      <p>${m.logIntro}</p>
      ${this.filtersTemplate()}
      <div
        class="table-scroll"
        tabindex="0"
        role="region"
        aria-labelledby="log-caption"
        aria-busy=${this.loading ? 'true' : 'false'}
      >
        <table id="log">
          <caption id="log-caption">
            ${m.logCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.time}</th>
              <th scope="col">${m.contractId}</th>
              <th scope="col">${m.operation}</th>
              <th scope="col">${m.result}</th>
              <th scope="col">${m.logCredentialId}</th>
            </tr>
          </thead>
          <tbody>
            ${entries.map((entry) => this.entryTemplate(entry))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label=${m.pages}>
        ${this.pagerButton('first', m.firstPage)} ${this.pagerButton('previous', m.previousPage)}
        <p role="status" class="range">
          ${
            !log && this.bank
              ? this.messages.common.loading
              : total === 0
                ? m.noEntries
                : html`<span aria-hidden="true">${m.range(first, last, total)}</span
                    ><span class="sr-only">${m.rangeSpoken(first, last, total)}</span>`
          }
        </p>
        ${this.pagerButton('next', m.nextPage)} ${this.pagerButton('last', m.lastPage)}
      </nav>`;
  }

  override render() {
    const m = this.counterMessages;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title)}
      <p>${m.intro}</p>
      <p role="status" class="outcome" tabindex="-1">${this.status ?? ''}</p>
      ${this.customersTemplate()} ${this.logTemplate()}
      <p><a href="#/login">${this.messages.common.backToLogin}</a></p>
    </section>`;
  }
}

function sameFilter(a: AuditFilter, b: AuditFilter): boolean {
  return a.contractId === b.contractId && a.operation === b.operation;
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-counter': BankCounter;
  }
  interface GlobalEventHandlersEventMap {
    'token-reset': CustomEvent<{ contractId: string; credentialId: string }>;
    'customer-unlocked': CustomEvent<{ contractId: string }>;
  }
}
