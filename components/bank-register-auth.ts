import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import type { BankErrorCode } from '../src/bank/codes';
import { BankScreen } from './bank-screen';
import { defineElement } from './define';
import './software-keyboard';
import type { SoftwareKeyboard } from './software-keyboard';
import { bankScreenStyles } from './styles';

const fieldOf = (code: BankErrorCode) =>
  code === 'malformed-contract-id' ? 'contract-id' : code === 'malformed-password' ? 'password' : 'form';

/**
 * R1: the first screen of registering a token — who the customer is.
 *
 * @summary ワンタイムパスワード登録情報入力画面 1 — 契約者 ID and ログインパスワード.
 * @fires registration-started - The bank knows the customer and no token is registered: `{contractId, ticket}` for R2.
 * @csspart form - The form.
 */
@defineElement('bank-register-auth')
export class BankRegisterAuth extends BankScreen {
  // A link that looks like the buttons beside it: it only navigates, so it stays a link.
  static override styles = [
    bankScreenStyles,
    css`
      a.button {
        display: inline-flex;
        align-items: center;
        min-height: 2.5em;
        box-sizing: border-box;
        padding: 0.45em 1.2em;
        border: 1px solid #555;
        border-radius: 0.25em;
        background: #f4f4f4;
        color: inherit;
        text-decoration: none;
      }
    `,
  ];

  @state() private contractId = '';
  @state() private password = '';

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const result = await this.bank.startRegistration(this.contractId, this.password);
      // Passwords are never kept after a refusal; the contract ID stays as typed.
      this.password = '';
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      const contractId = this.contractId;
      this.contractId = '';
      this.clearFailure();
      this.emit('registration-started', { contractId, ticket: result.ticket });
    });
  }

  private openKeyboard() {
    this.renderRoot.querySelector<SoftwareKeyboard>('software-keyboard')?.show(this.password);
  }

  private formTemplate() {
    const m = this.messages.register;
    return html`<form part="form" @submit=${this.submit} novalidate>
      ${this.fieldTemplate(
        {
          id: 'contract-id',
          label: m.contractId,
          value: this.contractId,
          autocomplete: 'username',
          inputmode: 'numeric',
        },
        fieldOf,
        (value) => (this.contractId = value),
      )}
      ${this.fieldTemplate(
        {
          id: 'password',
          label: m.password,
          value: this.password,
          type: 'password',
          autocomplete: 'current-password',
          extra: this.keyboardLinksTemplate(() => this.openKeyboard()),
        },
        fieldOf,
        (value) => (this.password = value),
      )}
      ${this.errorTemplate('form', fieldOf)}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${m.next}</button>
        <a class="button" href="#/login">${this.messages.common.backToLogin}</a>
      </div>
    </form>`;
  }

  override render() {
    const m = this.messages.register;
    return html`<section lang=${this.locale}>
      <h2>${m.title} ${this.guideLinkTemplate('register-auth')}</h2>
      <h3>${m.authTitle}</h3>
      ${this.noticeTemplate()}
      <p>${m.authInstruction}</p>
      ${this.formTemplate()}
      <software-keyboard
        locale=${this.locale}
        @keyboard-committed=${(event: CustomEvent<{ value: string }>) => (this.password = event.detail.value)}
      ></software-keyboard>
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
