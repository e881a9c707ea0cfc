import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChangeFeed } from '../src/changes.js';
import { clock as appClock, type Clock } from '../src/clock.js';
import { isLocale, messagesFor, type Locale, type Messages } from '../src/i18n/index.js';
import { base32Encode } from '../src/otp/index.js';
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
import { softTokenPanelStyles } from './soft-token-panel.styles.js';
import './soft-token.js';
import type { SoftToken } from './soft-token.js';

const KINDS: readonly CredentialKind[] = ['mobile', 'desktop'];

/**
 * The side panel that stands in for the person's phone and PC: install VIP Access for Mobile or
 * Desktop, see every installed app with its current code, uninstall one or "lose" the device.
 * It talks to the soft token device only; the bank learns nothing of it, as in reality.
 *
 * @summary ソフトウェアトークン — the installed VIP Access apps and their codes.
 * @fires token-installed - The person installed an app: `{credentialId, kind}`.
 * @csspart tokens - The list of installed apps.
 * @cssproperty --soft-token-panel-min - The narrowest a token column gets before tokens stack.
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
  /** What happened to the apps: installed, removed, or why not. */
  private readonly status = new Announcer<string>(this);
  /** What went wrong under the device (its storage, or anything unexpected), with 再読み込み. */
  private readonly faults = new FaultNotice(this);

  @state() private tokens: InstalledToken[] = [];
  @state() private busy = false;

  /** The soft token device whose apps are shown; without one the panel is empty. */
  @property({ attribute: false }) device?: SoftTokenDevice;

  /**
   * The demo's change feed (`demo.changes`): with it, the panel shows apps installed or removed
   * in another tab of the demo (or by another element of this one) within a second.
   */
  @property({ attribute: false }) changes?: ChangeFeed;

  /** The clock the tokens follow and installs are dated by; defaults to the app clock. */
  @property({ attribute: false }) clock?: Clock;

  /** Language of the panel and its tokens: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  constructor() {
    super();
    // Apps installed or removed in this tab or another, or the demo reset: read the device again.
    followChanges(this, {
      feed: () => this.changes,
      concerns: (change) => change.party === 'token' || change.party === 'demo',
      reread: () => void this.refresh(),
    });
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('device')) void this.refresh();
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
        void this.status.announce(this.messages.token.installFailed);
        return;
      }
      const { token } = installed;
      await this.refresh();
      void this.status.announce(this.messages.token.installed(formatCredentialId(token.credentialId)));
      this.emit('token-installed', { credentialId: token.credentialId, kind });
      await this.updateComplete;
      const element = this.tokenElement(token.credentialId);
      if (element) {
        await element.updateComplete;
        element.focus();
      }
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
    void this.status.announce(this.messages.token.removed(formatCredentialId(credentialId)));
    await this.updateComplete;
    // The token and its focused button are gone: the next step is usually installing again.
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-kind=${kind ?? 'mobile'}]`)?.focus();
  }

  /**
   * Reads the device's apps again, e.g. after the demo was reset to its seed or another tab
   * installed one. A read that fails under the device shows the fault notice.
   */
  async refresh(): Promise<void> {
    const request = ++this.listRequest;
    let tokens: InstalledToken[];
    try {
      tokens = this.device ? await this.device.list() : [];
    } catch (error) {
      if (request === this.listRequest) await this.faults.show(error);
      return;
    }
    if (request !== this.listRequest) return;
    // The device lists by install time, and a frozen clock gives equal times: keep the apps already
    // shown where they are and add new ones after them, so a token never jumps in the list.
    const shown = new Map(this.tokens.map((token, index) => [token.credentialId, index]));
    const place = (token: InstalledToken) => shown.get(token.credentialId) ?? shown.size;
    this.tokens = tokens
      .map((token, index) => ({ token, index }))
      .sort((a, b) => place(a.token) - place(b.token) || a.index - b.index)
      .map(({ token }) => token);
  }

  private tokensTemplate() {
    const m = this.messages.token;
    if (this.tokens.length === 0) return html`<p class="empty">${m.noTokens}</p>`;
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
      <p class="status" role="status">${this.status.message ?? ''}</p>
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
