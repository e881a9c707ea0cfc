import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_LOGIN } from '../src/default-customer.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { Announcer, TRANSIENT_STATUS_MS } from './internal/announcer.js';
import { BankStyledElement } from './internal/bank-styled-element.js';
import { copyText } from './internal/clipboard.js';
import { defineElement } from './internal/define.js';
import { bankScreenStyles } from './internal/styles.js';
import { color, font, space } from './internal/tokens.js';

/** How a newcomer leaves the welcome: one of the three ways in, or simply closing it. */
export type WelcomeWay = 'guided' | 'free' | 'trainer' | 'close';

/**
 * The first visit's welcome: what this is (a practice demo, not a bank), the practice customer's
 * contract ID and password with copy buttons, and three ways in — the guided rehearsal, trying
 * freely, the trainer's tools. The page decides when to show it and remembers that it was seen.
 *
 * @summary A newcomer's start: what this is, whom to log in as, and where to begin.
 * @fires welcome-closed - A way in was chosen, or the welcome closed: `{way}`.
 * @cssproperty --otp-font-mono - Font of IDs, passwords and codes.
 * @cssproperty --otp-color-bg - Background of the welcome.
 */
@defineElement('rehearsal-welcome')
export class RehearsalWelcome extends BankStyledElement {
  static override styles = [
    bankScreenStyles,
    css`
      :host {
        display: block;
      }
      section {
        position: relative;
        border: 2px solid ${color.primary};
        border-radius: 0.4em;
        padding: ${space.m} ${space.l};
        background: ${color.background};
      }
      h2 {
        margin: 0 2.5em ${space.s} 0;
        font-size: 1.15em;
      }
      h3 {
        margin: ${space.s} 0;
        font-size: 1em;
      }
      p {
        margin: 0 0 ${space.s};
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: ${space.s} ${space.xl};
        margin: 0;
      }
      dl > div {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${space.xs} ${space.s};
      }
      dt {
        font-weight: bold;
      }
      dd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${space.s};
        margin: 0;
      }
      /* An ID broken mid-number reads as two; the copy button moves below it instead. */
      code {
        white-space: nowrap;
        font-family: ${font.mono};
        font-size: 1.1em;
        letter-spacing: 0.05em;
      }
      button.copy {
        min-height: 2em;
        padding: 0.1em 0.7em;
        font-size: 0.9em;
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
        gap: ${space.s} ${space.l};
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li button {
        width: 100%;
        text-align: start;
      }
      li .hint {
        display: block;
        color: ${color.muted};
        font-size: 0.9em;
      }
      button.close {
        position: absolute;
        top: ${space.s};
        right: ${space.s};
      }
      .status {
        min-height: 1.5em;
        margin: 0;
      }
    `,
  ];

  /** How copying went, said in the status region. */
  private readonly copied = new Announcer<'contractId' | 'password' | 'failed'>(this, {
    clearAfterMs: TRANSIENT_STATUS_MS,
  });

  /** Language: `ja` (default) or `en`. */
  @property({ reflect: true }) locale: Locale = 'ja';

  /** The practice customer's contract ID, shown to copy: by default the demo's first customer's. */
  @property({ attribute: 'contract-id' }) contractId: string = DEFAULT_LOGIN.contractId;

  /** The practice customer's login password, shown to copy (a public demo password): by default the demo's first customer's. */
  @property() password: string = DEFAULT_LOGIN.password;

  private get messages() {
    return messagesFor(isLocale(this.locale) ? this.locale : 'ja').welcome;
  }

  private async copy(what: 'contractId' | 'password', text: string) {
    await this.copied.announce((await copyText(text)) ? what : 'failed');
  }

  private choose(way: WelcomeWay) {
    this.emit('welcome-closed', { way });
  }

  private credentialTemplate(what: 'contractId' | 'password', value: string) {
    const m = this.messages;
    return html`<div>
      <dt>${what === 'contractId' ? m.contractId : m.password}</dt>
      <dd>
        <code>${value}</code>
        <button type="button" class="copy" @click=${() => this.copy(what, value)}>
          ${what === 'contractId' ? m.copyContractId : m.copyPassword}
        </button>
      </dd>
    </div>`;
  }

  private wayTemplate(way: Exclude<WelcomeWay, 'close'>, label: string, hint: string) {
    return html`<li>
      <button
        type="button"
        class=${way === 'guided' ? 'primary' : ''}
        aria-describedby="hint-${way}"
        @click=${() => this.choose(way)}
      >
        ${label}
      </button>
      <span class="hint" id="hint-${way}">${hint}</span>
    </li>`;
  }

  override render() {
    const m = this.messages;
    const copied = this.copied.message;
    return html`<section lang=${this.locale} aria-labelledby="welcome-title">
      <h2 id="welcome-title">${m.title}</h2>
      <button type="button" class="close" @click=${() => this.choose('close')}>${m.close}</button>
      <p>${m.intro}</p>
      <h3>${m.customerTitle}</h3>
      <dl>
        ${this.credentialTemplate('contractId', this.contractId)}
        ${this.credentialTemplate('password', this.password)}
      </dl>
      <p class="status" role="status">
        ${
          copied === 'failed'
            ? m.copyFailed
            : copied === 'contractId'
              ? m.contractIdCopied
              : copied === 'password'
                ? m.passwordCopied
                : ''
        }
      </p>
      <h3>${m.waysTitle}</h3>
      <ul>
        ${this.wayTemplate('guided', m.guided, m.guidedHint)} ${this.wayTemplate('free', m.free, m.freeHint)}
        ${this.wayTemplate('trainer', m.trainer, m.trainerHint)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rehearsal-welcome': RehearsalWelcome;
  }
  interface GlobalEventHandlersEventMap {
    'welcome-closed': CustomEvent<{ way: WelcomeWay }>;
  }
}
