import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { BankStyledElement } from './internal/bank-styled-element.js';
import { defineElement } from './internal/define.js';
import { color } from './internal/tokens.js';
import { bankScreenStyles } from './internal/styles.js';
import { flowMessagesFor } from '../src/i18n/flow-messages.js';

export type DeactivationStep = 1 | 2 | 3;

/**
 * The trail every S screen shows, `利用者認証 >> ワンタイムパスワード入力 >> 処理結果`, with the
 * current step marked twice: bold, underlined and coloured for the eye, and `aria-current="step"`
 * plus a visually hidden 「（現在の手順）」 for screen readers (colour alone is not enough, WCAG 1.4.1).
 *
 * @summary 利用者認証 >> ワンタイムパスワード入力 >> 処理結果, the current step marked.
 * @csspart list - The ordered list of steps.
 * @csspart step - A step that is not the current one.
 * @csspart current - The current step.
 * @cssproperty --trail-current-color - Colour of the current step.
 */
@defineElement('deactivation-trail')
export class DeactivationTrail extends BankStyledElement {
  static override styles = [
    bankScreenStyles,
    css`
      :host {
        display: block;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.4em;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        color: ${color.muted};
      }
      [aria-current='step'] {
        color: var(--trail-current-color, ${color.primary});
        font-weight: bold;
      }
      [aria-current='step'] .name {
        /* A filled box, not an underline: an underline would read as a link. */
        background: ${color.headingBackground};
        border: 1px solid currentColor;
        border-radius: 0.2em;
        padding: 0 0.3em;
      }
      .separator {
        color: ${color.muted};
        font-weight: normal;
        display: inline-block;
      }
    `,
  ];

  /** Which step is current: 1 利用者認証, 2 ワンタイムパスワード入力, 3 処理結果. */
  @property({ type: Number }) step: DeactivationStep = 1;

  /** Language of the trail: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  override render() {
    const messages = messagesFor(isLocale(this.locale) ? this.locale : 'ja');
    const { trail: steps, title } = flowMessagesFor(this.locale).deactivate;
    return html`<ol part="list" aria-label=${title}>
      ${steps.map((name, index) => {
        const current = index + 1 === this.step;
        return html`<li
          part=${current ? 'current' : 'step'}
          aria-current=${ifDefined(current ? 'step' : undefined)}
        >
          <span class="name">${name}</span
          >${current ? html`<span class="sr-only">${messages.common.currentStep}</span>` : nothing}
          ${index < steps.length - 1 ? html`<span class="separator" aria-hidden="true">&gt;&gt;</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'deactivation-trail': DeactivationTrail;
  }
}
