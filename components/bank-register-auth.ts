import { html } from 'lit';
import { CredentialsScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * R1: the first screen of registering a token — who the customer is.
 *
 * @summary ワンタイムパスワード登録情報入力画面 1 — 契約者 ID and ログインパスワード.
 * @fires registration-started - The bank knows the customer and no token is registered: `{contractId, ticket}` for R2.
 * @csspart form - The form.
 */
@defineElement('bank-register-auth')
export class BankRegisterAuth extends CredentialsScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  private submit(event: SubmitEvent) {
    return this.submitCredentials(
      event,
      (bank, contractId, password) => bank.startRegistration(contractId, password),
      (result, contractId) => this.emit('registration-started', { contractId, ticket: result.ticket }),
    );
  }

  private formTemplate() {
    const m = flowMessagesFor(this.locale).register;
    return this.credentialsFormTemplate(
      { ...m, submit: m.next },
      this.submit,
      html`<a class="button" href="#/login">${this.messages.common.backToLogin}</a>`,
    );
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).register;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'register-auth')}
      <h3>${m.authTitle}</h3>
      ${this.noticeTemplate()}
      <p>${m.authInstruction}</p>
      ${this.formTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-register-auth': BankRegisterAuth;
  }
  interface GlobalEventHandlersEventMap {
    'registration-started': CustomEvent<{ contractId: string; ticket: string }>;
  }
}
