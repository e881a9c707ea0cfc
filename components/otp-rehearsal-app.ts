import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { startDemo, type Demo, type StartedDemo } from '../src/demo.js';
import type { ScenarioId } from '../src/scenarios.js';
import { DEFAULT_LOCALE, isLocale, loadMessages, messagesFor, type Locale } from '../src/i18n/index.js';
import { onFirstUse } from '../src/lazy.js';
import {
  hashFor,
  isTokenWindow,
  leavesFlow,
  parseHash,
  resolve,
  TOKEN_WINDOW_HASH,
  type Location,
  type Screen,
} from '../src/router.js';
import {
  ELEMENT_OF_SCREEN,
  SCREENS_LOADED_ON_FIRST_USE,
  screenTemplate,
  tokenNeedOf,
  type ScreenActions,
  revealForm,
  type ShellFlow,
} from './internal/app-screens.js';
import { defineElement } from './internal/define.js';
import { appBarTemplate, updateNoticeTemplate, viewSwitchTemplate } from './internal/app-bar.js';
import { FaultNotice } from './internal/fault-notice.js';
import { OtpElement } from './internal/otp-element.js';
import { LOCALE_KEY, pageSettings, readStored, writeStored } from './internal/page-storage.js';
import { showsPracticeMark } from './internal/practice-mark.js';
import { otpRehearsalAppStyles } from './otp-rehearsal-app.styles.js';
import './rehearsal-welcome.js';
import type { WelcomeWay } from './rehearsal-welcome.js';
import './soft-token-panel.js';
import type { SoftTokenPanel } from './soft-token-panel.js';

/**
 * Elements whose code (with their texts) loads on first use, not with the first screen: the
 * trainer's tools, when a trainer first opens one or goes to the counter (a rehearsing customer's
 * page never fetches them), and the help pages, when a person first opens one. A load that failed
 * stays failed until the page is reloaded, which the message shown then says (src/lazy.ts).
 */
const LOADED_ON_FIRST_USE = {
  'trainer-bar': onFirstUse(() => import('./trainer-bar.js')),
  'guided-rehearsal': onFirstUse(() => import('./guided-rehearsal.js')),
  ...SCREENS_LOADED_ON_FIRST_USE,
};
type LazyTag = keyof typeof LOADED_ON_FIRST_USE;

const PRESENTER_KEY = 'otp-rehearsal-presenter';
const SESSION_KEY = 'otp-rehearsal-session';
/** Set once a newcomer has closed the welcome (or chosen a way in): it is not shown again. */
const WELCOME_SEEN_KEY = 'otp-rehearsal-welcome-seen';

/**
 * The app shell: the bank window and, beside it, the soft token panel. Owns the one route table
 * (src/router.ts), the flow state between a flow's steps (memory only, so a reload restarts a
 * flow cleanly), the login session (this tab only) and the language (remembered).
 *
 * @summary OTP Rehearsal: practise a bank's one-time-password procedure.
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-primary - The bank's colour: the bank's name and the line under it.
 * @cssproperty --otp-color-error - Colour of refusals, invalid fields and destructive buttons.
 * @cssproperty --otp-color-error-tint - Background of a refusal that concerns the whole form.
 * @cssproperty --otp-color-primary-tint - Background of the new-version notice.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-on-accent - Text on a coloured button or bar.
 * @cssproperty --otp-color-trainer-bg - Background of the trainer's tools.
 * @cssproperty --otp-color-trainer-border - Borders of the trainer's tools.
 * @cssproperty --otp-color-guide-bg - Background of the guided rehearsal's bar.
 * @cssproperty --otp-color-guide-border - Border of the guided rehearsal's bar.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 */
@defineElement('otp-rehearsal-app')
export class OtpRehearsalApp extends OtpElement {
  static override styles = otpRehearsalAppStyles;

  /**
   * The last resort: a promise rejection nothing handled, anywhere in the page, is said here with
   * 再読み込み, never dropped. (Each element shows what fails under its own actions itself.)
   */
  private readonly faults = new FaultNotice(this, { unhandled: true });
  /** The demo's start (load), once per element. */
  private startup?: Promise<void>;
  /** Where help was opened from, to return there. */
  private helpReturn?: Location;
  /** A notice for the screen being navigated to (e.g. "logged out"). */
  private pendingNotice?: 'signedOut';
  /** A scenario was applied: the next route brings its screen into view, the token beside it. */
  private revealPending = false;
  /** What the screens' events ask of the shell. */
  private readonly screenActions: ScreenActions = {
    startFlowStep: (flow) => this.startFlowStep(flow),
    signIn: (sessionId) => this.signIn(sessionId),
    signOut: () => this.signOut(),
    finishFlow: () => this.finishFlow(),
    backToLogin: () => this.go({ screen: 'login' }),
    closeHelp: () => this.closeHelp(),
  };

  @query('.bank-window') private bankWindow?: HTMLElement;
  @query('soft-token-panel') private tokenPanel?: SoftTokenPanel;

  @state() private demo?: StartedDemo;
  /** Where the demo keeps its data, once its databases are open. */
  @state() private storage?: Demo['storage'];
  @state() private problem?: string;
  @state() private location: Location = { screen: 'login' };
  @state() private flow?: ShellFlow;
  @state() private sessionId?: string;
  /** Which notice the screen shows, until a submit there is refused; translated at render, so a language switch follows. */
  @state() private notice?: 'flowRestarted' | 'signedOut';
  /** On a phone-width screen, which of the two is shown. */
  @state() private view: 'bank' | 'token' = 'bank';
  /** The elements loaded on first use whose code has loaded. */
  @state() private loaded: ReadonlySet<LazyTag> = new Set();
  @state() private loadFailed = false;
  /** This window shows the token panel alone (`#/token`), beside a window with the bank. */
  @state() private tokenWindow = false;
  /** The first visit's welcome is shown (until closed, then remembered). */
  @state() private welcome = false;

  /** The bank's name in its header; a fictional one by default, so the page never passes for a real bank. */
  @property({ attribute: 'bank-name' }) bankName?: string;

  /** Language: `ja` (default) or `en`; remembered across reloads, and followed by the page's other windows. */
  @property() locale: Locale = DEFAULT_LOCALE;

  /**
   * Presenter mode: larger type and high contrast, for a projector; remembered across reloads, and
   * followed by the page's other windows (the token's own window on the projector too).
   */
  @property({ type: Boolean, reflect: true }) presenter = false;

  /**
   * Set by the page when a new version of the app is installed and waits (main.ts): a notice then
   * offers it, and its button calls this to switch to that version and reload.
   */
  @property({ attribute: false }) activateUpdate?: () => void;

  /**
   * Settles once the page shows its first screen and the demo is ready for use (seeded on a first
   * visit), or once it has said why it cannot be: the page's entry waits for it before the service
   * worker fetches the whole build (main.ts).
   */
  get ready(): Promise<void> {
    return this.startup ?? Promise.resolve();
  }

  /** The bank window's header shows the practice mark above every screen: they need not repeat it. */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) showsPracticeMark(root);
    return root;
  }

  override connectedCallback() {
    super.connectedCallback();
    const stored = readStored(() => localStorage, LOCALE_KEY);
    if (isLocale(stored)) this.locale = stored;
    if (readStored(() => localStorage, PRESENTER_KEY) === 'on') this.presenter = true;
    this.sessionId = readStored(() => sessionStorage, SESSION_KEY) ?? undefined;
    this.tokenWindow = isTokenWindow(window.location.hash);
    // A first visit's welcome is drawn with the page, above it: part of the first screen, so that it
    // never arrives after the page and pushes it down.
    this.welcome = !this.tokenWindow && !readStored(() => localStorage, WELCOME_SEEN_KEY);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('storage', this.onStoredSetting);
    this.startup ??= this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('storage', this.onStoredSetting);
  }

  override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('locale')) document.documentElement.lang = this.locale;
    if (this.tokenWindow)
      document.title = `${messagesFor(this.locale).common.tokenWindowTitle} — OTP Rehearsal`;
  }

  private async load() {
    try {
      const demo = startDemo({ settings: pageSettings });
      // A remembered language other than Japanese loads beside the databases, not after them.
      await loadMessages(this.locale).catch(() => (this.loadFailed = true));
      this.demo = demo;
      // The bank is on screen at once: its databases open and a first visit's seed follows (a login
      // sent meanwhile waits for both).
      if (!this.tokenWindow) this.route();
      ({ storage: this.storage } = await demo.opened);
      await demo.ready;
    } catch (error) {
      // Said in words with 再読み込み, and the error itself below it for whoever helps.
      this.problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await this.faults.show(error);
    }
  }

  private readonly onHashChange = () => {
    this.tokenWindow = isTokenWindow(window.location.hash);
    if (!this.tokenWindow) this.route();
  };

  /** The token alone in a second window, or that window brought forward when it is open. */
  private readonly openTokenWindow = () => {
    const url = new URL(window.location.href);
    url.hash = TOKEN_WINDOW_HASH;
    window.open(url.href, 'otp-rehearsal-token', 'popup,width=440,height=860');
  };

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

  /** The newcomer chose a way in (or closed the welcome): remembered, then taken there. */
  private readonly onWelcomeClosed = async (e: CustomEvent<{ way: WelcomeWay }>) => {
    this.welcome = false;
    writeStored(() => localStorage, WELCOME_SEEN_KEY, 'yes');
    const { way } = e.detail;
    if (way === 'guided') await this.openTool('guided-rehearsal');
    else if (way === 'trainer') await this.openTool('trainer-bar');
    else {
      await this.updateComplete;
      this.bankWindow?.focus();
    }
  };

  /** Shows the screen the URL names, or the first step of its flow when that step cannot be shown. */
  private route() {
    const requested = parseHash(window.location.hash);
    if (leavesFlow(requested, this.flow)) this.dropFlow();
    const { location, restarted } = resolve(requested, this.flow, this.sessionId !== undefined);
    const hash = hashFor(location);
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    if (location.screen === 'help' && this.location.screen !== 'help') this.helpReturn = this.location;
    const element = ELEMENT_OF_SCREEN[location.screen];
    const loading = element in LOADED_ON_FIRST_USE ? this.loadElement(element as LazyTag) : undefined;
    const moved = location.screen !== this.location.screen || location.topic !== this.location.topic;
    this.location = location;
    if (restarted) this.notice = 'flowRestarted';
    else if (moved) this.notice = this.pendingNotice;
    this.pendingNotice = undefined;
    // After a scenario, revealScreen() scrolls (or not); focus alone would scroll the tools away.
    const preventScroll = this.revealPending;
    if (moved) void this.updateComplete.then(() => this.bankWindow?.focus({ preventScroll }));
    // The screen's form is there to reveal once its element has loaded.
    if (this.revealPending)
      void Promise.resolve(loading)
        .then(() => this.updateComplete)
        .then(() => this.revealScreen());
  }

  private revealScreen() {
    this.revealPending = false;
    revealForm(this.renderRoot.querySelector('.screen'));
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

  private startFlowStep(flow: ShellFlow) {
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

  /** Switches once the language's tables are here, so the page never shows half of each. */
  private async setLocale(locale: Locale) {
    if (await this.showLocale(locale)) writeStored(() => localStorage, LOCALE_KEY, locale);
  }

  /** Shows the page in `locale` once its tables are here; false when they could not be loaded. */
  private async showLocale(locale: Locale): Promise<boolean> {
    try {
      await loadMessages(locale);
    } catch {
      this.loadFailed = true;
      return false;
    }
    this.locale = locale;
    return true;
  }

  /**
   * Another window of this page (the token's own window, a second tab) switched the language or
   * presenter mode, which both remember: this one follows, so that the bank on the laptop and the
   * token on the projector never speak two languages or differ in size.
   */
  private readonly onStoredSetting = (event: StorageEvent) => {
    if (event.key === LOCALE_KEY) {
      const locale = isLocale(event.newValue) ? event.newValue : DEFAULT_LOCALE;
      if (locale !== this.locale) void this.showLocale(locale);
    } else if (event.key === PRESENTER_KEY) {
      this.presenter = event.newValue === 'on';
    }
  };

  private setPresenter(on: boolean) {
    this.presenter = on;
    writeStored(() => localStorage, PRESENTER_KEY, on ? 'on' : null);
  }

  /**
   * After the trainer bar reset the demo or applied a scenario (it already changed the stores):
   * drop what this page held of the old state and show where the lesson starts.
   */
  private async afterTrainerChange(startAt: Screen, flow?: ShellFlow) {
    this.flow = flow;
    this.sessionId = undefined;
    writeStored(() => sessionStorage, SESSION_KEY, null);
    await this.tokenPanel?.refresh();
    this.go({ screen: startAt });
  }

  /** A trainer put the demo back to its seed, for the next person: who is greeted as a newcomer. */
  private readonly onDemoReset = () => {
    writeStored(() => localStorage, WELCOME_SEEN_KEY, null);
    this.welcome = true;
    return this.afterTrainerChange('login');
  };

  /** The trainer bar or a guided rehearsal set up a scenario: show where it starts, in view. */
  private readonly onScenarioApplied = (
    e: CustomEvent<{ id: ScenarioId; startAt: Screen; contractId: string; ticket?: string }>,
  ) => {
    const { startAt, contractId, ticket } = e.detail;
    this.view = 'bank';
    this.revealPending = true;
    return this.afterTrainerChange(startAt, ticket ? { screen: startAt, ticket, contractId } : undefined);
  };

  /** The app bar, the new-version notice and the fault notice, on every state of the page. */
  private chromeTemplate() {
    return html`${appBarTemplate(
      this.locale,
      (locale) => this.setLocale(locale),
      this.tokenWindow ? undefined : this.openTokenWindow,
    )}
    ${updateNoticeTemplate(this.locale, this.activateUpdate)}
    ${this.faults.template(messagesFor(this.locale))}`;
  }

  override render() {
    const m = messagesFor(this.locale);
    if (this.problem)
      return html`${this.chromeTemplate()}
        <p class="problem">${this.problem}</p>`;
    if (!this.demo)
      return html`${this.chromeTemplate()}
        <p>${m.common.loading}</p>`;
    if (this.tokenWindow)
      return html`${this.chromeTemplate()}
        <main class="token-window">
          <soft-token-panel
            .device=${this.demo.device}
            .clock=${this.demo.clock}
            .bank=${this.demo.bank}
            .changes=${this.demo.changes}
            locale=${this.locale}
          ></soft-token-panel>
        </main>`;
    const storage = this.storage;
    return html`${this.chromeTemplate()}
      ${viewSwitchTemplate(this.locale, this.view, (view) => (this.view = view))}
      ${
        this.welcome
          ? html`<rehearsal-welcome
              locale=${this.locale}
              @welcome-closed=${this.onWelcomeClosed}
            ></rehearsal-welcome>`
          : nothing
      }
      <trainer-bar
        .demo=${this.demo}
        locale=${this.locale}
        ?presenter=${this.presenter}
        @demo-reset=${this.onDemoReset}
        @scenario-applied=${this.onScenarioApplied}
        @presenter-changed=${(e: CustomEvent<{ on: boolean }>) => this.setPresenter(e.detail.on)}
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
            storage?.kind === 'memory' && storage.fallbackReason
              ? html`<p class="storage-notice" role="status">
                  ${m.common.memoryStorage(storage.fallbackReason)}
                </p>`
              : nothing
          }
          <div class="screen" @bank-refused=${() => (this.notice = undefined)}>
            ${screenTemplate(
              {
                location: this.location,
                bank: this.demo.bank,
                changes: this.demo.changes,
                locale: this.locale,
                notice: this.notice && m.common[this.notice],
                flow: this.flow,
                sessionId: this.sessionId,
              },
              this.screenActions,
            )}
          </div>
        </main>
        <soft-token-panel
          .device=${this.demo.device}
          .bank=${this.demo.bank}
          .changes=${this.demo.changes}
          .need=${tokenNeedOf(this.location, this.flow)}
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
