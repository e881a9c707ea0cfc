import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bank, TokenHolder } from '../src/bank/bank.js';
import type { ChangeFeed } from '../src/changes.js';
import { clock as appClock, type Clock } from '../src/clock.js';
import { customerName, isLocale, messagesFor, type Locale, type Messages } from '../src/i18n/index.js';
import { onFirstUse } from '../src/lazy.js';
import { base32Encode } from '../src/otp/base32.js';
import {
  formatCredentialId,
  type CredentialKind,
  type InstalledToken,
  type SoftTokenDevice,
} from '../src/token/device.js';
import { Announcer } from './internal/announcer.js';
import { followChanges } from './internal/change-listener.js';
import { defineElement } from './internal/define.js';
import { FaultNotice } from './internal/fault-notice.js';
import { OtpElement } from './internal/otp-element.js';
import { revealWithin } from './internal/reveal.js';
import { softTokenPanelStyles } from './soft-token-panel.styles.js';
import type { SoftToken } from './soft-token.js';

/**
 * `<soft-token>` is a chunk of its own (build/chunks.mjs), loaded when the device first lists an
 * app: a first visit has none, and the login page does not wait for the token's code (its codes,
 * copy, QR code and dialogs). Installed apps are shown once it has loaded, never as empty tags.
 */
const loadSoftToken = onFirstUse(() => import('./soft-token.js'));

const KINDS: readonly CredentialKind[] = ['mobile', 'desktop'];

/**
 * How long the first read of the device may take before the panel says it is reading: a read
 * answers within a frame or two on every visit, so no line flashes then, but a database held open
 * by an older tab keeps it waiting for seconds.
 */
const SLOW_FIRST_READ_MS = 500;

/**
 * The token the bank's current step asks for: the one registered to a customer (A1, S2), or the
 * newest that nobody has registered (R2, where the person registers the app just installed).
 */
export type TokenNeed = { registeredTo: string } | 'unregistered';

/** The bank's changes that may change whose a token is. */
const REGISTRATION_CHANGES: readonly string[] = [
  'register-token',
  'deactivate-token',
  'staff-reset-token',
  'reset',
];

/**
 * The side panel that stands in for the person's phone and PC: install VIP Access for Mobile or
 * Desktop, see every installed app with its current code, uninstall one or "lose" the device.
 * It talks to the soft token device; the bank learns nothing of it, as in reality. Given the bank,
 * it asks it only whom each token is registered to, for the demo's caption under each
 * (「佐藤 花子さんのスマートフォン」, 「未登録」). Given the demo's change feed, it reads both again
 * whenever they change, here or in another tab.
 *
 * The token that was just installed, and the one the bank's current step needs (`need`), are
 * scrolled into view: within the panel where it scrolls on its own, so the bank stays in place.
 *
 * @summary ソフトウェアトークン — the installed VIP Access apps and their codes.
 * @fires token-installed - The person installed an app: `{credentialId, kind}`.
 * @csspart tokens - The list of installed apps.
 * @cssproperty --soft-token-panel-min - The narrowest a token column gets before tokens stack.
 * @cssproperty --soft-token-panel-scroll-margin - Room kept above a token scrolled into view (under a sticky bar).
 * @cssproperty --otp-font-size - Base font size of the panel and its tokens (presenter mode enlarges it).
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-muted - Colour of hints and secondary text.
 * @cssproperty --otp-color-primary - The bank's colour: headings' bar, primary buttons.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-focus-width - Focus ring width.
 * @cssproperty --otp-focus-offset - Room between a control and its focus ring.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-error - Colour of the notice that storage failed.
 * @cssproperty --otp-color-error-tint - Background of the notice that storage failed.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 */
@defineElement('soft-token-panel')
export class SoftTokenPanel extends OtpElement {
  static override styles = softTokenPanelStyles;

  /** Refreshes after one another resolve in order: a slow list never overwrites a newer one. */
  private listRequest = 0;
  /**
   * What happened to the apps: installed, removed, or why not. Kept as words to draw in the page's
   * language of the moment, so that a switch of language also says it in the new one.
   */
  private readonly status = new Announcer<(m: Messages['token']) => string>(this);
  /** What went wrong under the device (its storage, or anything unexpected), with 再読み込み. */
  private readonly faults = new FaultNotice(this);
  /** The need, and its token, last scrolled into view: once each, not while the person scrolls. */
  private revealed?: string;
  /** The app just installed, until it is shown: then it is scrolled into view and focused. */
  private installedToReveal?: string;
  /** The panel hidden (the other view on a phone) and shown again: the needed token, into view again. */
  private readonly shown = new ResizeObserver(([entry]) => {
    if (entry.contentRect.height === 0) this.revealed = undefined;
    else this.revealNeeded();
  });

  @state() private tokens: InstalledToken[] = [];
  /** The device's apps have been read once: until then the panel does not claim there are none. */
  @state() private listed = false;
  /** The first read is taking long (SLOW_FIRST_READ_MS): the panel says it is reading. */
  @state() private slowFirstRead = false;
  private slowFirstReadTimer?: ReturnType<typeof setTimeout>;
  /** The token's code could not be fetched (offline, first use): the apps cannot be shown until a reload. */
  @state() private tokenLoadFailed = false;
  /** Whom each token is registered to, by credential ID; a token not in it is registered to nobody. */
  @state() private holders: ReadonlyMap<string, TokenHolder> = new Map();
  @state() private busy = false;

  /** The soft token device whose apps are shown; without one the panel is empty. */
  @property({ attribute: false }) device?: SoftTokenDevice;

  /** The bank, asked only whom each token is registered to (the captions); without it, no captions. */
  @property({ attribute: false }) bank?: Pick<Bank, 'tokenHolders'>;

  /** The demo's change feed: the tokens and their captions are read again on every change to them. */
  @property({ attribute: false }) changes?: ChangeFeed;

  /** The token the bank's current step needs, kept in view; none when the step needs none. */
  @property({ attribute: false, hasChanged: (value, old) => JSON.stringify(value) !== JSON.stringify(old) })
  need?: TokenNeed;

  /** The clock the tokens follow and installs are dated by; defaults to the app clock. */
  @property({ attribute: false }) clock?: Clock;

  /** Language of the panel and its tokens: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  constructor() {
    super();
    // Apps installed or removed in this tab or another, a registration or deactivation at the bank
    // (the captions), or the demo reset: read again.
    followChanges(this, {
      feed: () => this.changes,
      concerns: (change) =>
        change.party === 'token' ||
        change.party === 'demo' ||
        (change.party === 'bank' && REGISTRATION_CHANGES.includes(change.operation)),
      reread: () => void this.refresh(),
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.shown.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.shown.disconnect();
    clearTimeout(this.slowFirstReadTimer);
    this.slowFirstReadTimer = undefined;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('device') || changed.has('bank')) void this.refresh();
    // A step that needs no token: the next one that does brings its token into view again.
    if (!this.need) this.revealed = undefined;
  }

  override updated() {
    void this.revealInstalled();
    this.revealNeeded();
  }

  /**
   * The app just installed, into view and focused once it is shown — by whichever read shows it:
   * the install's own, or one the change feed asked for meanwhile, which supersedes it.
   */
  private async revealInstalled() {
    const element = this.installedToReveal && this.tokenElement(this.installedToReveal);
    if (!element) return;
    this.installedToReveal = undefined;
    await element.updateComplete;
    this.reveal(element);
    element.focus({ preventScroll: true });
  }

  private get messages(): Messages {
    return messagesFor(this.language);
  }

  private get language(): Locale {
    return isLocale(this.locale) ? this.locale : 'ja';
  }

  private tokenElement(credentialId: string): SoftToken | undefined {
    return [...this.renderRoot.querySelectorAll('soft-token')].find(
      (element) => element.credentialId === credentialId,
    );
  }

  private async install(kind: CredentialKind) {
    const device = this.device;
    if (!device || this.busy) return;
    this.busy = true;
    this.faults.clear();
    try {
      const installed = await device.install(kind, (this.clock ?? appClock).now());
      if (!installed.ok) {
        // Provisioning refused: the person can simply try again.
        void this.status.announce((m) => m.installFailed);
        return;
      }
      const { token } = installed;
      this.installedToReveal = token.credentialId;
      await this.refresh();
      void this.status.announce((m) => m.installed(formatCredentialId(token.credentialId)));
      this.emit('token-installed', { credentialId: token.credentialId, kind });
    } catch (error) {
      // Storage failed under the device: nothing was installed; a reload is the way out.
      await this.faults.show(error);
    } finally {
      this.busy = false;
    }
  }

  private async removeToken(event: CustomEvent<{ credentialId: string }>, lost: boolean) {
    const device = this.device;
    if (!device) return;
    const { credentialId } = event.detail;
    const kind = this.tokens.find((token) => token.credentialId === credentialId)?.kind;
    this.faults.clear();
    try {
      await (lost ? device.loseDevice(credentialId) : device.uninstall(credentialId));
    } catch (error) {
      // Nothing was removed: the app stays, and the notice says why, with 再読み込み.
      await this.faults.show(error);
      return;
    }
    await this.refresh();
    void this.status.announce((m) => m.removed(formatCredentialId(credentialId)));
    await this.updateComplete;
    // The token and its focused button are gone: the next step is usually installing again.
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-kind=${kind ?? 'mobile'}]`)?.focus();
  }

  /** The token `need` names, if it is installed here. */
  private neededToken(): InstalledToken | undefined {
    const need = this.need;
    if (!need) return undefined;
    if (need === 'unregistered') {
      return [...this.tokens].reverse().find((token) => !this.holders.has(token.credentialId));
    }
    return this.tokens.find(
      (token) => this.holders.get(token.credentialId)?.contractId === need.registeredTo,
    );
  }

  /** Scrolls the needed token into view, once for each need (and again when the panel is shown again). */
  private revealNeeded() {
    const token = this.neededToken();
    const key = token && `${JSON.stringify(this.need)} ${token.credentialId}`;
    if (!key || key === this.revealed) return;
    const element = this.tokenElement(token.credentialId);
    if (element && this.reveal(element)) this.revealed = key;
  }

  /** Scrolls a token, with its caption, into view; false while it is not laid out (hidden). */
  private reveal(element: SoftToken): boolean {
    if (element.getBoundingClientRect().height === 0) return false;
    const clearTop = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
    revealWithin(this, () => element.appBounds(), clearTop);
    return true;
  }

  /**
   * Reads the device's apps (and whose they are) again, e.g. after the demo was reset to its seed
   * or another tab installed one. A read that fails under the device shows the fault notice.
   */
  async refresh(): Promise<void> {
    const request = ++this.listRequest;
    if (!this.listed && this.device)
      this.slowFirstReadTimer ??= setTimeout(() => (this.slowFirstRead = true), SLOW_FIRST_READ_MS);
    let tokens: InstalledToken[];
    let holders: Map<string, TokenHolder>;
    // Whether `<soft-token>` is defined: its code loads beside the bank's answer, not after it.
    let tokenLoaded = Promise.resolve(true);
    try {
      tokens = this.device ? await this.device.list() : [];
      if (tokens.length > 0)
        tokenLoaded = loadSoftToken().then(
          () => true,
          () => false,
        );
      holders = this.bank
        ? await this.bank.tokenHolders(tokens.map((token) => token.credentialId))
        : new Map<string, TokenHolder>();
    } catch (error) {
      if (request !== this.listRequest) return;
      this.firstReadAnswered();
      await this.faults.show(error);
      return;
    }
    const tokenLoadFailed = !(await tokenLoaded);
    if (request !== this.listRequest) return;
    this.firstReadAnswered();
    this.listed = true;
    this.tokenLoadFailed = tokenLoadFailed;
    this.holders = holders;
    // The device lists by install time, and a frozen clock gives equal times: keep the apps already
    // shown where they are and add new ones after them, so a token never jumps in the list.
    const shown = new Map(this.tokens.map((token, index) => [token.credentialId, index]));
    const place = (token: InstalledToken) => shown.get(token.credentialId) ?? shown.size;
    this.tokens = tokens
      .map((token, index) => ({ token, index }))
      .sort((a, b) => place(a.token) - place(b.token) || a.index - b.index)
      .map(({ token }) => token);
  }

  /** The device answered (or failed, which the fault notice says): no more "reading". */
  private firstReadAnswered() {
    clearTimeout(this.slowFirstReadTimer);
    this.slowFirstReadTimer = undefined;
    this.slowFirstRead = false;
  }

  /** Whose the token is in the demo, in this language; nothing to say without the bank. */
  private captionOf(token: InstalledToken): string {
    if (!this.bank) return '';
    const m = this.messages.token;
    const holder = this.holders.get(token.credentialId);
    if (!holder) return m.notRegistered;
    const name = customerName(holder, this.language);
    return token.kind === 'desktop' ? m.ownerDesktop(name) : m.ownerMobile(name);
  }

  private tokensTemplate() {
    const m = this.messages.token;
    if (this.tokens.length === 0) {
      if (this.listed || !this.device) return html`<p class="empty">${m.noTokens}</p>`;
      return this.slowFirstRead ? html`<p class="empty">${this.messages.common.loading}</p>` : nothing;
    }
    if (this.tokenLoadFailed)
      return html`<p class="load-error" role="alert">${this.messages.common.loadFailed}</p>`;
    return html`<ul
      part="tokens"
      @token-uninstalled=${(event: CustomEvent<{ credentialId: string }>) => this.removeToken(event, false)}
      @device-lost=${(event: CustomEvent<{ credentialId: string }>) => this.removeToken(event, true)}
    >
      ${this.tokens.map(
        // Not keyed: a <soft-token> given another token forgets what it showed of the old one.
        (token) =>
          html`<li>
            <soft-token
              removable
              credential-id=${token.credentialId}
              kind=${token.kind}
              caption=${this.captionOf(token)}
              .secret=${base32Encode(token.secret)}
              .clock=${this.clock}
              locale=${this.language}
            ></soft-token>
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const m = this.messages.token;
    return html`<aside aria-label=${m.panelLabel} lang=${this.language}>
      <h2>${m.panelLabel}</h2>
      <p>${m.intro}</p>
      <div class="install" role="group" aria-label=${m.install}>
        ${KINDS.map(
          (kind) =>
            html`<button
              type="button"
              data-kind=${kind}
              data-rehearsal-target="install-${kind}"
              aria-disabled=${this.busy || !this.device ? 'true' : 'false'}
              @click=${() => this.install(kind)}
            >
              ${kind === 'mobile' ? m.installMobile : m.installDesktop}
            </button>`,
        )}
      </div>
      <p class="status" role="status">${this.status.message?.(m) ?? ''}</p>
      ${this.faults.template(this.messages)} ${this.tokensTemplate()}
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soft-token-panel': SoftTokenPanel;
  }
  interface GlobalEventHandlersEventMap {
    'token-installed': CustomEvent<{ credentialId: string; kind: CredentialKind }>;
  }
}
