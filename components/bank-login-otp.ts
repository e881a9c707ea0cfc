import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankErrorCode } from '../src/bank/codes';
import { BankScreen } from './bank-screen';
import { defineElement } from './define';

const CODE_ERRORS: readonly BankErrorCode[] = [
  'malformed-code',
  'wrong-code',
  'replayed-code',
  'credential-locked',
];
const fieldOf = (code: BankErrorCode) => (CODE_ERRORS.includes(code) ? 'code' : 'form');

/**
 * A1: the one-time password step of a login, for a customer with a registered token.
 *
 * @summary ワンタイムパスワード認証 — the code the token shows now.
 * @fires login-succeeded - The code was right: `{contractId, sessionId}`.
 * @fires flow-cancelled - The person went back to the login screen.
 * @csspart form - The form.
 */
@defineElement('bank-login-otp')
export class BankLoginOtp extends BankScreen {
  @state() private code = '';

  /** The ticket the login screen's step returned. */
  @property({ attribute: false }) ticket?: string;

  /** Whose login this is (shown in events). */
  @property({ attribute: 'contract-id' }) contractId = '';

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const result = await this.bank.confirmLoginOtp(this.ticket, this.code);
      this.code = '';
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      this.clearFailure();
      this.emit('login-succeeded', { contractId: this.contractId, sessionId: result.sessionId });
    });
  }

  override render() {
    const m = this.messages.loginOtp;
    return html`<section lang=${this.locale}>
      <h2>${m.title} ${this.guideLinkTemplate('login-otp')}</h2>
      ${this.noticeTemplate()}
      <p>${m.instruction}</p>
      <form part="form" @submit=${this.submit} novalidate>
        ${this.fieldTemplate(
          {
            id: 'code',
            label: m.code,
            value: this.code,
            hint: m.codeHint,
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
          },
          fieldOf,
          (value) => (this.code = value),
        )}
        ${this.errorTemplate('form', fieldOf)}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${m.submit}</button>
          <button type="button" @click=${() => this.emit('flow-cancelled', {})}>
            ${this.messages.common.backToLogin}
          </button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-login-otp': BankLoginOtp;
  }
  interface GlobalEventHandlersEventMap {
    'flow-cancelled': CustomEvent<Record<string, never>>;
  }
}
