import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CredentialsScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';

/**
 * L: the login screen, with the guide's labels, notes and links.
 *
 * @summary ログイン — contract ID and login password.
 * @fires otp-requested - The password was right and a token is registered: `{contractId, ticket}` for A1.
 * @fires login-succeeded - Logged in without a token: `{contractId, sessionId}`.
 * @csspart form - The login form.
 */
@defineElement('bank-login')
export class BankLogin extends CredentialsScreen {
  @state() private shownNotice?: 'close' | 'easy-register';

  private submit(event: SubmitEvent) {
    return this.submitCredentials(
      event,
      (bank, contractId, password) => bank.login(contractId, password),
      (result, contractId) => {
        if (result.next === 'otp') this.emit('otp-requested', { contractId, ticket: result.ticket });
        else this.emit('login-succeeded', { contractId, sessionId: result.sessionId });
      },
    );
  }

  private formTemplate() {
    const m = this.messages.login;
    return this.credentialsFormTemplate(
      m,
      this.submit,
      html`<button type="button" @click=${() => (this.shownNotice = 'close')}>${m.close}</button>`,
    );
  }

  protected override screenTemplate() {
    const m = this.messages.login;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'login')} ${this.noticeTemplate()}
      <p>${m.intro}</p>
      <p>${m.instruction}</p>
      <p>
        <button type="button" @click=${() => (this.shownNotice = 'easy-register')}>${m.easyRegister}</button>
      </p>
      ${
        this.shownNotice
          ? html`<p class="notice" role="status">
              ${this.shownNotice === 'close' ? m.closeNotice : m.easyRegisterNotice}
            </p>`
          : nothing
      }
      ${this.formTemplate()}
      <ul class="notes">
        ${m.notes.map((note) => html`<li>${note}</li>`)}
      </ul>
      <ul class="links">
        <li><a href="#/otp-info">${m.otpInfoLink}</a></li>
        <li><a href="#/register" data-rehearsal-target="register-link">${m.registerLink}</a></li>
        <li><a href="#/deactivate" data-rehearsal-target="deactivate-link">${m.deactivateLink}</a></li>
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-login': BankLogin;
  }
  interface GlobalEventHandlersEventMap {
    'otp-requested': CustomEvent<{ contractId: string; ticket: string }>;
    'login-succeeded': CustomEvent<{ contractId: string; sessionId: string }>;
  }
}
