import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AccountView } from '../src/bank/bank.js';
import type { ChangeFeed } from '../src/changes.js';
import { customerName } from '../src/i18n/index.js';
import { formatCredentialId } from '../src/token/device.js';
import { BankScreen } from './internal/bank-screen.js';
import { followChanges } from './internal/change-listener.js';
import { defineElement } from './internal/define.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * The account top page after login: name, balance, the previous login, log out. Not in the
 * guide; kept small, as procedure.md asks.
 *
 * @summary 口座情報 — the logged-in customer's account.
 * @fires logged-out - The person logged out, or left an ended session for the login screen: `{contractId}`
 *   (empty when the session had ended).
 */
@defineElement('bank-account')
export class BankAccount extends BankScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  @state() private account?: AccountView;

  /** The login session whose account is shown. */
  @property({ attribute: false }) sessionId?: string;

  /** The demo's change feed (`demo.changes`): with it, the page follows what other tabs change. */
  @property({ attribute: false }) changes?: ChangeFeed;

  constructor() {
    super();
    // Another tab changed the bank (a token registered, the demo reset…): read the account again.
    followChanges(this, {
      feed: () => this.changes,
      concerns: (change, remote) => remote && (change.party === 'bank' || change.party === 'demo'),
      reread: () => void this.load(),
    });
  }

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('sessionId') || changed.has('bank')) void this.load();
  }

  private async load() {
    if (!this.bank || !this.sessionId) return;
    try {
      const result = await this.bank.account(this.sessionId);
      if (result.ok) {
        this.account = result.account;
        this.clearFailure();
        return;
      }
      // The session ended (another tab reset the demo, say): nothing of the old account stays shown.
      this.account = undefined;
      await this.showFailure(result, { submitted: false });
    } catch (error) {
      await this.faults.show(error);
    }
  }

  private async logout() {
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const contractId = this.account?.contractId ?? '';
      await this.bank.logout(this.sessionId);
      this.emit('logged-out', { contractId });
    });
  }

  private accountTemplate(account: AccountView) {
    const m = flowMessagesFor(this.locale).account;
    const common = this.messages.common;
    return html`<p class="welcome">${m.welcome(customerName(account, this.messages.locale))}</p>
      <dl>
        <dt>${m.contractId}</dt>
        <dd>${account.contractId}</dd>
        <dt>${m.balance}</dt>
        <dd class="balance">${common.yen(account.balance)}</dd>
        <dt>${m.lastLogin}</dt>
        <dd>${account.previousLoginAt === null ? m.firstLogin : common.dateTime(account.previousLoginAt)}</dd>
        <dt>${m.token}</dt>
        <dd>${account.credentialId ? formatCredentialId(account.credentialId) : m.noToken}</dd>
      </dl>`;
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).account;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'account')} ${this.noticeTemplate()}
      ${this.errorTemplate('form', () => 'form')} ${this.faults.template(this.messages)}
      ${this.account ? this.accountTemplate(this.account) : nothing}
      <div class="actions">
        ${
          // No account to show (the session ended): the way back is to log in again.
          !this.account && this.shownError
            ? html`<button
                class="primary"
                type="button"
                @click=${() => this.emit('logged-out', { contractId: '' })}
              >
                ${this.messages.common.backToLogin}
              </button>`
            : html`<button
                class="primary"
                type="button"
                ?disabled=${this.busy || !this.account}
                @click=${this.logout}
              >
                ${m.logout}
              </button>`
        }
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-account': BankAccount;
  }
  interface GlobalEventHandlersEventMap {
    'logged-out': CustomEvent<{ contractId: string }>;
  }
}
