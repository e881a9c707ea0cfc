import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  NEWEST,
  canMove,
  moveRequest,
  placePage,
  refreshRequest,
  type PageMove,
  type PageRequest,
  type ShownPage,
} from '../src/bank/audit-pager.js';
import { AUDIT_PAGE_SIZE, type AuditFilter, type CustomerSummary } from '../src/bank/staff.js';
import type { AuditEntry } from '../src/bank/schema.js';
import type { ChangeFeed } from '../src/changes.js';
import type { BankFailure } from '../src/bank/codes.js';
import { customerName, isLocale } from '../src/i18n/index.js';
import { staffFailureMessage, toolMessagesFor } from '../src/i18n/tool-messages.js';
import { formatCredentialId } from '../src/token/device.js';
import { auditFiltersTemplate } from './internal/audit-filters.js';
import { BankScreen } from './internal/bank-screen.js';
import { followChanges } from './internal/change-listener.js';
import { ConfirmDialog } from './internal/confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { bankCounterStyles } from './bank-counter.styles.js';

/**
 * The bank counter (窓口): staff see each customer's registered token ID, lock state and failures
 * in a row — the bank's, and beside them the registered token's at the validation service —
 * reset the token ID when the device is broken or lost (procedure.md X), unlock a customer locked
 * at either (one unlock clears both), and read the audit log (取引記録) newest first — filtered by
 * customer and by operation, 50 entries a page, as quick on page 2,000 of 100,000 entries as on page 1.
 *
 * @summary 窓口 — staff view of customers, token reset, unlock and the audit log.
 * @fires token-reset - Staff reset a token ID: `{contractId, credentialId}`.
 * @fires customer-unlocked - Staff unlocked a customer: `{contractId}`.
 * @cssproperty --otp-color-bg - Background of the reset question.
 */
@defineElement('bank-counter')
export class BankCounter extends BankScreen {
  static override styles = bankCounterStyles;

  /** Numbers each audit log read; an answer to an older one is dropped. */
  private loads = 0;
  /** "Reset this customer's token ID?", as the demo's reset asks: the action is the contract ID. */
  private readonly resetQuestion = new ConfirmDialog<string>(
    this,
    (contractId) => void this.resetToken(contractId),
  );

  @state() private customers: CustomerSummary[] = [];
  /** What the last action did: a sentence made at render, so a language switch follows. */
  @state() private status?: () => string;
  /** The filters as selected; the page shown may still be for the previous ones. */
  @state() private filter: AuditFilter = {};
  @state() private log?: ShownPage;
  /** An audit log read is under way: paging waits for it (its anchor is the page shown). */
  @state() private loading = false;

  /**
   * The demo's change feed (`demo.changes`): with it, the counter reads the customers and the log
   * again when they change, in this tab or another, within a second.
   */
  @property({ attribute: false }) changes?: ChangeFeed;

  constructor() {
    super();
    // A customer, a token's count at the service, or the whole demo changed, here or in another tab.
    followChanges(this, {
      feed: () => this.changes,
      concerns: (change) => change.party === 'bank' || change.party === 'vip' || change.party === 'demo',
      reread: () => void this.refresh(),
    });
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('bank')) void this.refresh();
  }

  private get counterMessages() {
    return toolMessagesFor(isLocale(this.locale) ? this.locale : 'ja').counter;
  }

  /** A refusal of the counter's operations, in words. */
  private refusal(failure: BankFailure) {
    return staffFailureMessage(
      toolMessagesFor(isLocale(this.locale) ? this.locale : 'ja'),
      this.messages,
      failure,
    );
  }

  private async resetToken(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffResetToken(contractId);
      this.status = () => (result.ok ? this.counterMessages.tokenReset(contractId) : this.refusal(result));
      if (result.ok) this.emit('token-reset', { contractId, credentialId: result.credentialId });
      await this.afterAction();
    });
  }

  private async unlock(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffUnlock(contractId);
      this.status = () => {
        if (!result.ok) return this.refusal(result);
        const m = this.counterMessages;
        return result.credentialId
          ? m.unlockedWithToken(contractId, formatCredentialId(result.credentialId))
          : m.unlocked(contractId);
      };
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
    const [customers] = await Promise.all([this.bank!.listCustomers(), this.showLog(NEWEST)]);
    this.customers = customers;
    await this.updateComplete;
    if (!this.renderRoot.querySelector(':focus')) {
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
    }
  }

  private filterChanged(change: AuditFilter) {
    this.filter = { ...this.filter, ...change };
    void this.showLog(NEWEST);
  }

  private move(move: PageMove) {
    // A read under way anchors on the page shown: the move waits for it.
    if (this.loading) return;
    const request = moveRequest(this.log, move);
    if (request) void this.showLog(request);
  }

  /**
   * Reads a page of the log for the selected filters and shows it where `request` places it. A read
   * that fails under the bank shows the fault notice (and rejects within an action, which shows it).
   */
  private async showLog(request: PageRequest): Promise<void> {
    const bank = this.bank;
    if (!bank) return;
    const load = ++this.loads;
    const filter = this.filter;
    this.loading = true;
    try {
      const page = await bank.auditPage({ ...filter, at: request.at, limit: AUDIT_PAGE_SIZE });
      if (load !== this.loads || !page.ok) return;
      const placed = placePage(page, request, filter, this.log);
      if (!placed) return this.showLog(NEWEST);
      this.log = placed;
    } catch (error) {
      if (load === this.loads) await this.faults.show(error);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  /**
   * Re-reads the customers and the audit log page shown (after a reset of the demo, or a change
   * another tab made). A read that fails under the bank shows the fault notice.
   */
  async refresh(): Promise<void> {
    if (!this.bank) return;
    const request = refreshRequest(this.log, this.filter);
    try {
      const [customers] = await Promise.all([this.bank.listCustomers(), this.showLog(request)]);
      this.customers = customers;
    } catch (error) {
      await this.faults.show(error);
    }
  }

  private rowTemplate(customer: CustomerSummary) {
    const m = this.counterMessages;
    const { credential } = customer;
    return html`<tr>
      <th scope="row" class="nowrap">${customer.contractId}</th>
      <td class="nowrap">${customerName(customer, this.messages.locale)}</td>
      <td>${customer.credentialId ? formatCredentialId(customer.credentialId) : m.none}</td>
      <td class="nowrap">${customer.locked ? m.locked : m.active}</td>
      <td>${customer.failedAttempts}</td>
      <td class="nowrap">${credential ? (credential.locked ? m.locked : m.active) : m.credentialUnknown}</td>
      <td>${credential ? credential.failedAttempts : m.credentialUnknown}</td>
      <td class="actions">
        <div class="cell-actions">
          ${
            customer.credentialId
              ? html`<button
                  type="button"
                  data-rehearsal-target="reset-token"
                  data-contract-id=${customer.contractId}
                  ?disabled=${this.busy}
                  @click=${(event: Event) =>
                    this.resetQuestion.ask(customer.contractId, event.currentTarget as HTMLElement)}
                >
                  ${m.resetToken(customer.contractId)}
                </button>`
              : nothing
          }
          ${
            customer.locked || credential?.locked
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
        <colgroup span="3"></colgroup>
        <colgroup span="2"></colgroup>
        <colgroup span="2"></colgroup>
        <colgroup></colgroup>
        <thead>
          <tr>
            <th scope="col" rowspan="2">${m.contractId}</th>
            <th scope="col" rowspan="2">${m.name}</th>
            <th scope="col" rowspan="2">${m.credentialId}</th>
            <th scope="colgroup" colspan="2">${m.bankColumns}</th>
            <th scope="colgroup" colspan="2">${m.credentialColumns}</th>
            <th scope="col" rowspan="2">${m.actions}</th>
          </tr>
          <tr>
            <th scope="col">${m.state}</th>
            <th scope="col">${m.failures}</th>
            <th scope="col">${m.state}</th>
            <th scope="col">${m.failures}</th>
          </tr>
        </thead>
        <tbody>
          ${this.customers.map((customer) => this.rowTemplate(customer))}
        </tbody>
      </table>
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

  private pagerButton(direction: PageMove, label: string) {
    // aria-disabled, not disabled: a disabled button drops the keyboard focus of whoever just
    // paged to the end with it.
    return html`<button
      type="button"
      data-page=${direction}
      aria-disabled=${canMove(this.log, direction) ? 'false' : 'true'}
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
      ${auditFiltersTemplate(
        m,
        this.customers,
        this.filter,
        (change) => this.filterChanged(change),
        this.messages.locale,
      )}
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

  private resetQuestionTemplate() {
    const m = this.counterMessages;
    const contractId = this.resetQuestion.asking;
    const credentialId = this.customers.find((customer) => customer.contractId === contractId)?.credentialId;
    if (contractId === undefined || !credentialId) return nothing;
    return this.resetQuestion.template({
      question: m.resetTokenConfirm(contractId, formatCredentialId(credentialId)),
      confirm: m.resetTokenConfirmButton,
      cancel: m.cancel,
    });
  }

  protected override screenTemplate() {
    const m = this.counterMessages;
    return html`<section lang=${this.locale}>
      ${this.resetQuestionTemplate()} ${this.titleTemplate(m.title)}
      <p>${m.intro}</p>
      <p role="status" class="outcome" tabindex="-1">${this.status?.() ?? ''}</p>
      ${this.faults.template(this.messages)} ${this.customersTemplate()} ${this.logTemplate()}
      <p><a href="#/login" data-rehearsal-target="back-to-login">${this.messages.common.backToLogin}</a></p>
    </section>`;
  }
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
