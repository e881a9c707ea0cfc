import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { openDemo, type Demo } from '../src/demo.js';
import type { ScenarioId } from '../src/scenarios.js';
import { DEFAULT_LOCALE, isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { hashFor, parseHash, resolve, type FlowState, type Location, type Screen } from '../src/router.js';
import './bank-account.js';
import './bank-deactivate-auth.js';
import './bank-deactivate-done.js';
import './bank-deactivate-otp.js';
import './bank-login.js';
import './bank-login-otp.js';
import './bank-register-auth.js';
import './bank-register-done.js';
import './bank-register-token.js';
import { defineElement } from './internal/define.js';
import { disclosureBarStyles } from './internal/styles.js';
import './soft-token-panel.js';
import type { SoftTokenPanel } from './soft-token-panel.js';

/**
 * Elements whose code (with their texts) loads on first use, not with the first screen: the
 * trainer's tools, when a trainer first opens one or goes to the counter (a rehearsing customer's
 * page never fetches them), and the help pages, when a person first opens one.
 */
const LOADED_ON_FIRST_USE = {
  'trainer-bar': () => import('./trainer-bar.js'),
  'guided-rehearsal': () => import('./guided-rehearsal.js'),
  'bank-counter': () => import('./bank-counter.js'),
  'bank-help': () => import('./bank-help.js'),
};
type LazyTag = keyof typeof LOADED_ON_FIRST_USE;

const LOCALE_KEY = 'otp-rehearsal-locale';
const SESSION_KEY = 'otp-rehearsal-session';

/** Storage can be missing or refuse (privacy settings, some file:// pages): then nothing is kept. */
function readStored(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function writeStored(storage: () => Storage, key: string, value: string | null) {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Not kept; the demo still works for this page's life.
  }
}

/** Where the demo keeps settings across reloads (the demo clock's): this page's localStorage. */
const pageSettings = {
  get: (key: string) => readStored(() => localStorage, key),
  set: (key: string, value: string | null) => writeStored(() => localStorage, key, value),
};

/**
 * The app shell: the bank window and, beside it, the soft token panel. Owns the one route table
 * (src/router.ts), the flow state between a flow's steps (memory only, so a reload restarts a
 * flow cleanly), the login session (this tab only) and the language (remembered).
 *
 * @summary OTP Rehearsal: practise a bank's one-time-password procedure.
 * @cssproperty --otp-color-primary - The bank's colour.
 */
@defineElement('otp-rehearsal-app')
export class OtpRehearsalApp extends LitElement {
  static override styles = [
    disclosureBarStyles,
    css`
      :host {
        display: block;
        font-family: system-ui, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif;
        color: #1a1a1a;
        background: #f2f4f7;
        min-height: 100vh;
      }
      .app-bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.5rem 1rem;
        background: #263238;
        color: #fff;
      }
      .app-bar h1 {
        font-size: 1rem;
        margin: 0;
      }
      .counter-link {
        color: #fff;
        margin-right: auto;
      }
      .languages {
        display: flex;
        gap: 0.25rem;
        align-items: center;
      }
      .languages button,
      .views button {
        font: inherit;
        border: 1px solid currentColor;
        background: transparent;
        color: inherit;
        padding: 0.2rem 0.7rem;
        border-radius: 0.2rem;
        cursor: pointer;
        min-height: 2.25rem;
      }
      .languages button[aria-pressed='true'],
      .views button[aria-pressed='true'] {
        background: #fff;
        color: #263238;
        font-weight: bold;
      }
      button:focus-visible {
        outline: 3px solid #ffbf47;
        outline-offset: 2px;
      }
      /* A tool's toggle until its code has loaded: the tool's own, collapsed (disclosureBarStyles). */
      trainer-bar,
      guided-rehearsal {
        display: block;
      }
      trainer-bar > .disclosure {
        background: var(--otp-color-trainer-bg, #f3f1ea);
        border-bottom: 1px solid #c9c4b4;
      }
      guided-rehearsal > .disclosure {
        background: #fdf0f5;
        border-bottom: 1px solid #e3bfd0;
      }
      .disclosure button:focus-visible {
        outline-offset: -3px;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
        gap: 1rem;
        max-width: 72rem;
        margin: 0 auto;
        padding: 1rem;
        align-items: start;
      }
      .views {
        display: none;
      }
      .bank-window {
        background: #fff;
        border: 1px solid #c5ccd6;
        border-radius: 0.4rem;
        overflow: hidden;
        min-width: 0;
      }
      .bank-window:focus {
        outline: none;
      }
      .bank-header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.6rem 1rem;
        border-bottom: 3px solid var(--otp-color-primary, #0b5394);
      }
      .bank-name {
        font-size: 1.2rem;
        font-weight: bold;
        color: var(--otp-color-primary, #0b5394);
        margin: 0;
      }
      .practice-mark {
        background: #b00020;
        color: #fff;
        font-weight: bold;
        padding: 0.15rem 0.6rem;
        border-radius: 0.25rem;
      }
      .practice-notice {
        margin: 0;
        padding: 0.4rem 1rem;
        background: #fff4e5;
        font-size: 0.9rem;
      }
      .screen {
        padding: 1rem;
      }
      .storage-notice {
        margin: 0;
        padding: 0.4rem 1rem;
        background: #fdecee;
        font-size: 0.9rem;
      }
      :host([presenter]) {
        font-size: 1.35rem;
        --otp-font-size: 1.35rem;
        --otp-color-text: #000;
        --otp-color-primary: #002b80;
        --otp-color-link: #001a66;
        --otp-color-muted: #000;
        background: #fff;
      }
      :host([presenter]) .bank-window {
        border: 3px solid #000;
      }
      @media (max-width: 760px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
          padding: 0.5rem;
        }
        .views {
          display: flex;
          gap: 0.5rem;
          position: sticky;
          top: 0;
          z-index: 1;
          padding: 0.5rem;
          background: #263238;
          color: #fff;
        }
        .views button {
          flex: 1;
        }
        /* The bank window stays in the page as the main landmark, only its content is hidden. */
        .layout[data-view='bank'] soft-token-panel,
        .layout[data-view='token'] .bank-window > * {
          display: none;
        }
        .layout[data-view='token'] .bank-window {
          border: none;
        }
      }
    `,
  ];

  @query('.bank-window') private bankWindow?: HTMLElement;
  @query('soft-token-panel') private tokenPanel?: SoftTokenPanel;

  @state() private demo?: Demo;
  @state() private problem?: string;
  @state() private location: Location = { screen: 'login' };
  @state() private flow?: FlowState & { contractId?: string };
  @state() private sessionId?: string;
  /** Which notice the screen shows; translated at render, so a language switch follows. */
  @state() private notice?: 'flowRestarted' | 'signedOut';
  /** On a phone-width screen, which of the two is shown. */
  @state() private view: 'bank' | 'token' = 'bank';
  /** The elements loaded on first use whose code has loaded. */
  @state() private loaded: ReadonlySet<LazyTag> = new Set();
  @state() private loadFailed = false;

  /** The bank's name in its header; a fictional one by default, so the page never passes for a real bank. */
  @property({ attribute: 'bank-name' }) bankName?: string;

  /** Language: `ja` (default) or `en`; remembered across reloads. */
  @property() locale: Locale = DEFAULT_LOCALE;

  /** Presenter mode: larger type and high contrast, for a projector. */
  @property({ type: Boolean, reflect: true }) presenter = false;

  /** Where help was opened from, to return there. */
  private helpReturn?: Location;
  /** A notice for the screen being navigated to (e.g. "logged out"). */
  private pendingNotice?: 'signedOut';

  override connectedCallback() {
    super.connectedCallback();
    const stored = readStored(() => localStorage, LOCALE_KEY);
    if (isLocale(stored)) this.locale = stored;
    this.sessionId = readStored(() => sessionStorage, SESSION_KEY) ?? undefined;
    window.addEventListener('hashchange', this.onHashChange);
    if (!this.demo) void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('locale')) document.documentElement.lang = this.locale;
  }

  private async load() {
    try {
      this.demo = await openDemo({ settings: pageSettings });
      this.route();
    } catch (error) {
      this.problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }

  private readonly onHashChange = () => this.route();

  /** Loads an element's code once; its tag, already in the page, upgrades when it arrives. */
  private async loadElement(tag: LazyTag): Promise<boolean> {
    if (this.loaded.has(tag)) return true;
    try {
      await LOADED_ON_FIRST_USE[tag]();
    } catch {
      this.loadFailed = true;
      return false;
    }
    this.loadFailed = false;
    this.loaded = new Set(this.loaded).add(tag);
    return true;
  }

  /** A trainer pressed a tool's toggle before its code was here: load it, open it, keep the focus on it. */
  private async openTool(tag: 'trainer-bar' | 'guided-rehearsal') {
    if (!(await this.loadElement(tag))) return;
    await this.updateComplete;
    const tool = this.renderRoot.querySelector(tag);
    if (!tool) return;
    tool.open = true;
    await tool.updateComplete;
    tool.focus();
  }

  /** The toggle a tool shows until its code has loaded (its light DOM; the tool's own replaces it). */
  private toolToggle(tag: 'trainer-bar' | 'guided-rehearsal', label: string) {
    if (this.loaded.has(tag)) return nothing;
    return html`<h2 class="disclosure">
      <button type="button" aria-expanded="false" @click=${() => this.openTool(tag)}>${label}</button>
    </h2>`;
  }

  /** Shows the screen the URL names, or the first step of its flow when that step cannot be shown. */
  private route() {
    const requested = parseHash(window.location.hash);
    const leavesFlow =
      this.flow &&
      requested.screen !== this.flow.screen &&
      requested.screen !== 'help' &&
      requested.screen !== 'otp-info';
    if (leavesFlow) this.dropFlow();
    const { location, restarted } = resolve(requested, this.flow, this.sessionId !== undefined);
    const hash = hashFor(location);
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    if (location.screen === 'help' && this.location.screen !== 'help') this.helpReturn = this.location;
    if (location.screen === 'counter') void this.loadElement('bank-counter');
    if (location.screen === 'help' || location.screen === 'otp-info') void this.loadElement('bank-help');
    const moved = location.screen !== this.location.screen || location.topic !== this.location.topic;
    this.location = location;
    if (restarted) this.notice = 'flowRestarted';
    else if (moved) this.notice = this.pendingNotice;
    this.pendingNotice = undefined;
    if (moved) void this.updateComplete.then(() => this.bankWindow?.focus());
  }

  private go(location: Location) {
    const hash = hashFor(location);
    if (window.location.hash === hash) this.route();
    else window.location.hash = hash;
  }

  /** Leaving a flow mid-way: its ticket is dropped at the bank, so nothing is half done. */
  private dropFlow() {
    if (this.flow?.ticket) void this.demo?.bank.cancelFlow(this.flow.ticket);
    this.flow = undefined;
  }

  private startFlowStep(flow: FlowState & { contractId?: string }) {
    this.flow = flow;
    this.go({ screen: flow.screen });
  }

  private finishFlow() {
    this.flow = undefined;
    this.go({ screen: 'login' });
  }

  private signIn(sessionId: string) {
    this.flow = undefined;
    this.sessionId = sessionId;
    writeStored(() => sessionStorage, SESSION_KEY, sessionId);
    this.go({ screen: 'account' });
  }

  private signOut() {
    this.sessionId = undefined;
    writeStored(() => sessionStorage, SESSION_KEY, null);
    this.pendingNotice = 'signedOut';
    this.go({ screen: 'login' });
  }

  private closeHelp() {
    const back = this.helpReturn ?? { screen: 'login' };
    this.helpReturn = undefined;
    this.go(back);
  }

  private setLocale(locale: Locale) {
    this.locale = locale;
    writeStored(() => localStorage, LOCALE_KEY, locale);
  }

  /**
   * After the trainer bar reset the demo or applied a scenario (it already changed the stores):
   * drop what this page held of the old state and show where the lesson starts.
   */
  private async afterTrainerChange(startAt: Screen, flow?: FlowState & { contractId?: string }) {
    this.flow = flow;
    this.sessionId = undefined;
    writeStored(() => sessionStorage, SESSION_KEY, null);
    await this.tokenPanel?.refresh();
    this.go({ screen: startAt });
  }

  /** The trainer bar or a guided rehearsal set up a scenario: show where it starts. */
  private readonly onScenarioApplied = (
    e: CustomEvent<{ id: ScenarioId; startAt: Screen; contractId: string; ticket?: string }>,
  ) => {
    const { startAt, contractId, ticket } = e.detail;
    return this.afterTrainerChange(startAt, ticket ? { screen: startAt, ticket, contractId } : undefined);
  };

  private screenTemplate() {
    const demo = this.demo!;
    const common = {
      bank: demo.bank,
      locale: this.locale,
      notice: this.notice && messagesFor(this.locale).common[this.notice],
    };
    const flow = this.flow;
    switch (this.location.screen) {
      case 'login':
        return html`<bank-login
          .bank=${common.bank}
          locale=${common.locale}
          .notice=${common.notice}
          @otp-requested=${(e: CustomEvent<{ contractId: string; ticket: string }>) =>
            this.startFlowStep({
              screen: 'login-otp',
              ticket: e.detail.ticket,
              contractId: e.detail.contractId,
            })}
          @login-succeeded=${(e: CustomEvent<{ sessionId: string }>) => this.signIn(e.detail.sessionId)}
        ></bank-login>`;
      case 'login-otp':
        return html`<bank-login-otp
          .bank=${common.bank}
          locale=${common.locale}
          .ticket=${flow?.ticket}
          contract-id=${flow?.contractId ?? ''}
          @login-succeeded=${(e: CustomEvent<{ sessionId: string }>) => this.signIn(e.detail.sessionId)}
          @flow-cancelled=${() => this.go({ screen: 'login' })}
        ></bank-login-otp>`;
      case 'account':
        return html`<bank-account
          .bank=${common.bank}
          locale=${common.locale}
          .sessionId=${this.sessionId}
          @logged-out=${() => this.signOut()}
        ></bank-account>`;
      case 'register-auth':
        return html`<bank-register-auth
          .bank=${common.bank}
          locale=${common.locale}
          .notice=${common.notice}
          @registration-started=${(e: CustomEvent<{ contractId: string; ticket: string }>) =>
            this.startFlowStep({
              screen: 'register-token',
              ticket: e.detail.ticket,
              contractId: e.detail.contractId,
            })}
        ></bank-register-auth>`;
      case 'register-token':
        return html`<bank-register-token
          .bank=${common.bank}
          locale=${common.locale}
          .ticket=${flow?.ticket}
          @otp-registered=${(e: CustomEvent<{ credentialId: string }>) =>
            this.startFlowStep({ screen: 'register-done', result: e.detail.credentialId })}
        ></bank-register-token>`;
      case 'register-done':
        return html`<bank-register-done
          locale=${common.locale}
          .credentialId=${flow?.result}
          @flow-finished=${() => this.finishFlow()}
        ></bank-register-done>`;
      case 'deactivate-auth':
        return html`<bank-deactivate-auth
          .bank=${common.bank}
          locale=${common.locale}
          .notice=${common.notice}
          @deactivation-started=${(e: CustomEvent<{ contractId: string; ticket: string }>) =>
            this.startFlowStep({
              screen: 'deactivate-otp',
              ticket: e.detail.ticket,
              contractId: e.detail.contractId,
            })}
          @flow-cancelled=${() => this.go({ screen: 'login' })}
        ></bank-deactivate-auth>`;
      case 'deactivate-otp':
        return html`<bank-deactivate-otp
          .bank=${common.bank}
          locale=${common.locale}
          .ticket=${flow?.ticket}
          @otp-deactivated=${(e: CustomEvent<{ resultCode: string }>) =>
            this.startFlowStep({ screen: 'deactivate-done', result: e.detail.resultCode })}
          @flow-cancelled=${() => this.go({ screen: 'login' })}
        ></bank-deactivate-otp>`;
      case 'deactivate-done':
        return html`<bank-deactivate-done
          locale=${common.locale}
          result-code=${flow?.result ?? '00001'}
          @flow-finished=${() => this.finishFlow()}
        ></bank-deactivate-done>`;
      case 'counter':
        return html`<bank-counter .bank=${common.bank} locale=${common.locale}></bank-counter>`;
      case 'otp-info':
      case 'help':
        return html`<bank-help
          locale=${common.locale}
          topic=${this.location.screen === 'otp-info' ? 'otp-info' : (this.location.topic ?? 'login')}
          @help-closed=${() => this.closeHelp()}
        ></bank-help>`;
    }
  }

  private appBarTemplate() {
    const m = messagesFor(this.locale);
    return html`<header class="app-bar">
      <h1>OTP Rehearsal</h1>
      <a class="counter-link" href="#/counter">${m.common.counterLink}</a>
      <div class="languages" role="group" aria-label="${m.common.switchLanguage} / Language">
        ${(['ja', 'en'] as const).map(
          (locale) =>
            html`<button
              type="button"
              lang=${locale}
              aria-pressed=${this.locale === locale ? 'true' : 'false'}
              @click=${() => this.setLocale(locale)}
            >
              ${messagesFor(locale).languageName}
            </button>`,
        )}
      </div>
    </header>`;
  }

  private viewSwitchTemplate() {
    const m = messagesFor(this.locale).common;
    return html`<div class="views">
      ${(['bank', 'token'] as const).map(
        (view) =>
          html`<button
            type="button"
            aria-pressed=${this.view === view ? 'true' : 'false'}
            data-reveals=${view === 'bank' ? '.bank-window' : 'soft-token-panel'}
            @click=${() => (this.view = view)}
          >
            ${view === 'bank' ? m.bankTab : m.tokenTab}
          </button>`,
      )}
    </div>`;
  }

  override render() {
    const m = messagesFor(this.locale);
    if (this.problem)
      return html`${this.appBarTemplate()}
        <p role="alert">${this.problem}</p>`;
    if (!this.demo)
      return html`${this.appBarTemplate()}
        <p>${m.common.loading}</p>`;
    const storage = this.demo.storage;
    return html`${this.appBarTemplate()} ${this.viewSwitchTemplate()}
      <trainer-bar
        .demo=${this.demo}
        locale=${this.locale}
        ?presenter=${this.presenter}
        @demo-reset=${() => this.afterTrainerChange('login')}
        @scenario-applied=${this.onScenarioApplied}
        @presenter-changed=${(e: CustomEvent<{ on: boolean }>) => (this.presenter = e.detail.on)}
        >${this.toolToggle('trainer-bar', m.common.trainerTools)}</trainer-bar
      >
      <guided-rehearsal
        .demo=${this.demo}
        locale=${this.locale}
        ?presenter=${this.presenter}
        @scenario-applied=${this.onScenarioApplied}
        >${this.toolToggle('guided-rehearsal', m.common.guidedRehearsal)}</guided-rehearsal
      >
      ${this.loadFailed ? html`<p class="storage-notice" role="alert">${m.common.loadFailed}</p>` : nothing}
      <div class="layout" data-view=${this.view}>
        <main class="bank-window" tabindex="-1" lang=${this.locale}>
          <div class="bank-header">
            <p class="bank-name">${this.bankName ?? m.common.defaultBankName}</p>
            <span class="practice-mark">${m.common.practiceMark}</span>
          </div>
          <p class="practice-notice">${m.common.practiceNotice}</p>
          ${
            storage.kind === 'memory' && storage.fallbackReason
              ? html`<p class="storage-notice" role="status">
                  ${m.common.memoryStorage(storage.fallbackReason)}
                </p>`
              : nothing
          }
          <div class="screen">${this.screenTemplate()}</div>
        </main>
        <soft-token-panel
          .device=${this.demo.device}
          .clock=${this.demo.clock}
          locale=${this.locale}
        ></soft-token-panel>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otp-rehearsal-app': OtpRehearsalApp;
  }
}
