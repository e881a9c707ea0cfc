import { html } from 'lit';
import { CredentialsScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';
import './deactivation-trail.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

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
export class BankDeactivateAuth extends CredentialsScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  private submit(event: SubmitEvent) {
    return this.submitCredentials(
      event,
      (bank, contractId, password) => bank.startDeactivation(contractId, password),
      (result, contractId) => this.emit('deactivation-started', { contractId, ticket: result.ticket }),
    );
  }

  private formTemplate() {
    const m = flowMessagesFor(this.locale).deactivate;
    return this.credentialsFormTemplate(
      { ...m, submit: m.next },
      this.submit,
      this.cancelButtonTemplate(m.back),
    );
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).deactivate;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title)}
      <div class="trail-row">
        <deactivation-trail step="1" locale=${this.locale}></deactivation-trail>
        ${this.guideLinkTemplate('deactivate-auth')}
      </div>
      ${this.noticeTemplate()}
      <p>${m.intro}<br />${m.authInstruction}</p>
      <h3>${m.section}</h3>
      ${this.formTemplate()} ${this.footerTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-deactivate-auth': BankDeactivateAuth;
  }
  interface GlobalEventHandlersEventMap {
    'deactivation-started': CustomEvent<{ contractId: string; ticket: string }>;
  }
}
