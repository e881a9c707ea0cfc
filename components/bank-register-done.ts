import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatCredentialId } from '../src/token/device.js';
import { BankScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';
import { space, font } from './internal/tokens.js';
import { bankScreenStyles } from './internal/styles.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * R3: registration is complete; the next login asks for the token's code.
 *
 * @summary ワンタイムパスワード利用登録完了画面 — and the way back to the login screen.
 * @fires flow-finished - ログイン画面に戻る was pressed: `{}`; the shell shows the login screen.
 * @csspart credential-id - The registered token ID, as the app prints it.
 * @cssproperty --otp-font-mono - Font of IDs, passwords and codes.
 */
@defineElement('bank-register-done')
export class BankRegisterDone extends BankScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  static override styles = [
    bankScreenStyles,
    css`
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: 0 ${space.l};
        margin: ${space.m} 0;
      }
      .summary dt {
        font-weight: bold;
      }
      .summary dd {
        margin: 0;
        font-family: ${font.mono};
        letter-spacing: 0.05em;
      }
    `,
  ];

  /** The token ID just registered (`SYMC12345678`); shown as `SYMC 1234 5678` when set. */
  @property({ attribute: 'credential-id' }) credentialId?: string;

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).register;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title, 'register-done')}
      <h3>${m.doneTitle}</h3>
      ${this.noticeTemplate()}
      <p class="notice">${m.done}</p>
      ${
        this.credentialId
          ? html`<dl class="summary">
              <dt>${m.credentialId}</dt>
              <dd part="credential-id">${formatCredentialId(this.credentialId)}</dd>
            </dl>`
          : nothing
      }
      <p>${m.doneInstruction}</p>
      ${this.finishActionsTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-register-done': BankRegisterDone;
  }
}
