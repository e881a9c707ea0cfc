import { css, html } from 'lit';
import type { Bank } from '../src/bank/bank.js';
import { CodeScreen } from './internal/code-screen.js';
import { defineElement } from './internal/define.js';
import { color, space } from './internal/tokens.js';
import './deactivation-trail.js';
import { bankScreenStyles } from './internal/styles.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * S2: the registered token's current code, to prove the customer still holds the token being removed.
 *
 * @summary ワンタイムパスワード入力 — the code that stops one-time passwords.
 * @fires otp-deactivated - The token is no longer registered: `{resultCode}` (`00001`) for S3.
 * @fires flow-cancelled - ログイン画面に戻る was pressed: `{}`; the shell drops the ticket and shows the login screen.
 * @csspart form - The form.
 * @csspart vendor-mark - The token vendor's mark (text only in the demo).
 * @csspart footer - The copyright line.
 */
@defineElement('bank-deactivate-otp')
export class BankDeactivateOtp extends CodeScreen<{ resultCode: string }> {
  static override styles = [
    bankScreenStyles,
    css`
      .vendor-mark {
        display: inline-block;
        margin: ${space.l} 0 0;
        padding: 0.2em 0.6em;
        border: 2px solid ${color.text};
        border-radius: 0.2em;
        font-size: 0.8em;
        font-weight: bold;
        letter-spacing: 0.02em;
      }
    `,
  ];

  protected send(bank: Bank, code: string) {
    return bank.completeDeactivation(this.ticket, code);
  }

  protected accepted(result: { resultCode: string }) {
    this.emit('otp-deactivated', { resultCode: result.resultCode });
  }

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).deactivate;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title)}
      <div class="trail-row">
        <deactivation-trail step="2" locale=${this.locale}></deactivation-trail>
        ${this.guideLinkTemplate('deactivate-otp')}
      </div>
      ${this.noticeTemplate()}
      <p>${m.intro}<br />${m.otpInstruction}</p>
      <h3>${m.section}</h3>
      ${this.codeFormTemplate({ code: m.code, codeHint: m.codeHint, submit: m.stop })}
      <p class="vendor-mark" part="vendor-mark">${m.vendorMark}</p>
      ${this.footerTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-deactivate-otp': BankDeactivateOtp;
  }
  interface GlobalEventHandlersEventMap {
    'otp-deactivated': CustomEvent<{ resultCode: string }>;
  }
}
