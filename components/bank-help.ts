import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { HelpTopic } from '../src/i18n/index.js';
import { helpFor } from '../src/i18n/help.js';
import { HELP_TOPICS } from '../src/router.js';
import { BankScreen } from './internal/bank-screen.js';
import { defineElement } from './internal/define.js';

/**
 * A help page: このページのご利用ガイド for each screen, ワンタイムパスワードのご案内, and how to use the
 * software keyboard. Steps are numbered as the bank's guide numbers them (①②③…).
 *
 * @summary このページのご利用ガイド — help for one screen.
 * @fires help-closed - The person is done reading and wants the page they came from.
 */
@defineElement('bank-help')
export class BankHelp extends BankScreen {
  /** Which page's help: `login`, `register-token`, `otp-info`, `keyboard`, … */
  @property() topic: HelpTopic = 'login';

  protected override screenTemplate() {
    const topic = HELP_TOPICS.includes(this.topic) ? this.topic : 'login';
    const page = helpFor(this.messages)[topic];
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(page.title)} ${page.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${
        page.steps
          ? html`<ul class="steps">
              ${page.steps.map((step) => html`<li>${step}</li>`)}
            </ul>`
          : nothing
      }
      <div class="actions">
        <button class="primary" type="button" @click=${() => this.emit('help-closed', {})}>
          ${this.messages.common.helpBack}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-help': BankHelp;
  }
  interface GlobalEventHandlersEventMap {
    'help-closed': CustomEvent<Record<string, never>>;
  }
}
