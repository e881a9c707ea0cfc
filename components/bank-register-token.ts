import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Bank } from '../src/bank/bank.js';
import type { BankErrorCode } from '../src/bank/codes.js';
import type { FieldOf } from './internal/bank-screen.js';
import { CodeScreen, codeFieldOf } from './internal/code-screen.js';
import { defineElement } from './internal/define.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

const CREDENTIAL_ERRORS: readonly BankErrorCode[] = [
  'malformed-credential-id',
  'unknown-credential',
  'credential-bound-elsewhere',
];

/**
 * R2: the second screen of registering a token — which token, proved by its current code.
 *
 * @summary ワンタイムパスワード登録情報入力画面 2 — トークン ID and ワンタイムパスワード.
 * @fires otp-registered - The token is now the customer's: `{credentialId}` (`SYMC12345678`) for R3.
 * @fires flow-cancelled - ログイン画面に戻る was pressed; the shell drops the ticket and shows the login screen.
 * @csspart form - The form.
 */
@defineElement('bank-register-token')
export class BankRegisterToken extends CodeScreen<{ credentialId: string }> {
  @state() private credentialId = '';

  protected override fieldOf: FieldOf = (code) =>
    CREDENTIAL_ERRORS.includes(code) ? 'credential-id' : codeFieldOf(code);

  protected send(bank: Bank, code: string) {
    return bank.completeRegistration(this.ticket, this.credentialId, code);
  }

  protected accepted(result: { credentialId: string }) {
    this.credentialId = '';
    this.emit('otp-registered', { credentialId: result.credentialId });
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).register;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'register-token')}
      <h3>${m.tokenTitle}</h3>
      ${this.noticeTemplate()}
      <p>${m.tokenInstruction}</p>
      ${this.codeFormTemplate(
        m,
        this.fieldTemplate(
          { id: 'credential-id', label: m.credentialId, value: this.credentialId, hint: m.credentialIdHint },
          this.fieldOf,
          (value) => (this.credentialId = value),
        ),
      )}
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
