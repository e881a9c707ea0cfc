import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { DEACTIVATION_COMPLETE } from '../src/bank/codes.js';
import { BankScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';
import './deactivation-trail.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

/**
 * S3: one-time passwords are stopped; from now on the customer logs in with ID and password alone.
 *
 * @summary 処理結果 — ワンタイムパスワードの利用停止が完了しました。(00001)
 * @fires flow-finished - ログイン画面に戻る was pressed: `{}`; the shell shows the login screen.
 * @csspart result - The result line with its code.
 * @csspart footer - The copyright line.
 */
@defineElement('bank-deactivate-done')
export class BankDeactivateDone extends BankScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  /** The bank's result code, shown in brackets after the message. */
  @property({ attribute: 'result-code' }) resultCode = DEACTIVATION_COMPLETE;

  protected override screenTemplate() {
    const m = flowMessagesFor(this.locale).deactivate;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title)}
      <div class="trail-row">
        <deactivation-trail step="3" locale=${this.locale}></deactivation-trail>
        ${this.guideLinkTemplate('deactivate-done')}
      </div>
      ${this.noticeTemplate()}
      <p>${m.resultInstruction}</p>
      <h3>${m.section}</h3>
      <p class="notice" part="result">${m.done(this.resultCode)}</p>
      ${this.finishActionsTemplate()} ${this.footerTemplate()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-deactivate-done': BankDeactivateDone;
  }
}
