import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BankScreen, codeFieldOf } from './bank-screen';
import { defineElement } from './define';

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
      ${this.titleTemplate(m.title, 'login-otp')} ${this.noticeTemplate()}
      <p>${m.instruction}</p>
      <form part="form" @submit=${this.submit} novalidate>
        ${this.codeFieldTemplate(m.code, m.codeHint, this.code, (value) => (this.code = value))}
        ${this.errorTemplate('form', codeFieldOf)}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${m.submit}</button>
          ${this.cancelButtonTemplate()}
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-login-otp': BankLoginOtp;
  }
}
