import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BankErrorCode } from '../src/bank/codes';
import { BankScreen, codeFieldOf, type FieldOf } from './bank-screen';
import { defineElement } from './define';

const CREDENTIAL_ERRORS: readonly BankErrorCode[] = [
  'malformed-credential-id',
  'unknown-credential',
  'credential-bound-elsewhere',
];
const fieldOf: FieldOf = (code) => (CREDENTIAL_ERRORS.includes(code) ? 'credential-id' : codeFieldOf(code));

/**
 * R2: the second screen of registering a token — which token, proved by its current code.
 *
 * @summary ワンタイムパスワード登録情報入力画面 2 — トークン ID and ワンタイムパスワード.
 * @fires otp-registered - The token is now the customer's: `{credentialId}` (`SYMC12345678`) for R3.
 * @fires flow-cancelled - ログイン画面に戻る was pressed; the shell drops the ticket and shows the login screen.
 * @csspart form - The form.
 */
@defineElement('bank-register-token')
export class BankRegisterToken extends BankScreen {
  @state() private credentialId = '';
  @state() private code = '';

  /** The ticket R1 returned; without one the bank answers `flow-expired`. */
  @property({ attribute: false }) ticket?: string;

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const result = await this.bank.completeRegistration(this.ticket, this.credentialId, this.code);
      // A code is never kept after a refusal; the token ID stays as typed.
      this.code = '';
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      this.credentialId = '';
      this.clearFailure();
      this.emit('otp-registered', { credentialId: result.credentialId });
    });
  }

  override render() {
    const m = this.messages.register;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'register-token')}
      <h3>${m.tokenTitle}</h3>
      ${this.noticeTemplate()}
      <p>${m.tokenInstruction}</p>
      <form part="form" @submit=${this.submit} novalidate>
        ${this.fieldTemplate(
          {
            id: 'credential-id',
            label: m.credentialId,
            value: this.credentialId,
            hint: m.credentialIdHint,
          },
          fieldOf,
          (value) => (this.credentialId = value),
        )}
        ${this.codeFieldTemplate(m.code, m.codeHint, this.code, (value) => (this.code = value), fieldOf)}
        ${this.errorTemplate('form', fieldOf)}
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
    'bank-register-token': BankRegisterToken;
  }
  interface GlobalEventHandlersEventMap {
    'otp-registered': CustomEvent<{ credentialId: string }>;
  }
}
