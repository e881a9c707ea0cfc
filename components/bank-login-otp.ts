import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bank } from '../src/bank/bank.js';
import { CodeScreen } from './internal/code-screen.js';
import { defineElement } from './internal/define.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * A1: the one-time password step of a login, for a customer with a registered token.
 *
 * @summary ワンタイムパスワード認証 — the code the token shows now.
 * @fires login-succeeded - The code was right: `{contractId, sessionId}`.
 * @fires flow-cancelled - The person went back to the login screen.
 * @csspart form - The form.
 */
@defineElement('bank-login-otp')
export class BankLoginOtp extends CodeScreen<{ sessionId: string }> {
  /** Whose login this is (shown in events). */
  @property({ attribute: 'contract-id' }) contractId = '';

  protected send(bank: Bank, code: string) {
    return bank.confirmLoginOtp(this.ticket, code);
  }

  protected accepted(result: { sessionId: string }) {
    this.emit('login-succeeded', { contractId: this.contractId, sessionId: result.sessionId });
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).loginOtp;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'login-otp')} ${this.noticeTemplate()}
      <p>${m.instruction}</p>
      ${this.codeFormTemplate(m)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-login-otp': BankLoginOtp;
  }
}
