import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { BankErrorCode } from '../src/bank/codes';
import { BankScreen } from './bank-screen';
import { defineElement } from './define';
import { deactivationScreenStyles } from './deactivation-trail';
import './software-keyboard';
import type { SoftwareKeyboard } from './software-keyboard';
import { bankScreenStyles } from './styles';

const fieldOf = (code: BankErrorCode) =>
  code === 'malformed-contract-id' ? 'contract-id' : code === 'malformed-password' ? 'password' : 'form';

/**
 * S1: the first screen of stopping one-time passwords — who the customer is.
 *
 * @summary 利用者認証 — 契約者ID and ログインパスワード, to stop using the token.
 * @fires deactivation-started - The bank knows the customer and a token is registered: `{contractId, ticket}` for S2.
 * @fires flow-cancelled - 戻る was pressed: `{}`; the shell shows the login screen.
 * @csspart form - The form.
 * @csspart footer - The copyright line.
 */
@defineElement('bank-deactivate-auth')
export class BankDeactivateAuth extends BankScreen {
  static override styles = [bankScreenStyles, deactivationScreenStyles];

  @state() private contractId = '';
  @state() private password = '';

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const result = await this.bank.startDeactivation(this.contractId, this.password);
      // Passwords are never kept after a refusal; the contract ID stays as typed.
      this.password = '';
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      const contractId = this.contractId;
      this.contractId = '';
      this.clearFailure();
      this.emit('deactivation-started', { contractId, ticket: result.ticket });
    });
  }

  private openKeyboard() {
    this.renderRoot.querySelector<SoftwareKeyboard>('software-keyboard')?.show(this.password);
  }

  private formTemplate() {
    const m = this.messages.deactivate;
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
        <button type="button" @click=${() => this.emit('flow-cancelled', {})}>${m.back}</button>
      </div>
    </form>`;
  }

  override render() {
    const m = this.messages.deactivate;
    return html`<section lang=${this.locale}>
      <h2>${m.title}</h2>
      <div class="trail-row">
        <deactivation-trail step="1" locale=${this.locale}></deactivation-trail>
        ${this.guideLinkTemplate('deactivate-auth')}
      </div>
      ${this.noticeTemplate()}
      <p>${m.intro}<br />${m.authInstruction}</p>
      <h3>${m.section}</h3>
      ${this.formTemplate()}
      <software-keyboard
        locale=${this.locale}
        @keyboard-committed=${(event: CustomEvent<{ value: string }>) => (this.password = event.detail.value)}
      ></software-keyboard>
      <footer part="footer">${this.messages.common.copyright}</footer>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-deactivate-auth': BankDeactivateAuth;
  }
  interface GlobalEventHandlersEventMap {
    'deactivation-started': CustomEvent<{ contractId: string; ticket: string }>;
    'flow-cancelled': CustomEvent<Record<string, never>>;
  }
}
