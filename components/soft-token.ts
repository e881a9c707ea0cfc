import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clock as appClock, type Clock } from '../src/clock.js';
import { isLocale, messagesFor, type Locale, type Messages } from '../src/i18n/index.js';
import { base32Decode } from '../src/otp/base32.js';
import { secondsRemaining } from '../src/otp/totp.js';
import {
  APP_NAME,
  TOKEN_PERIOD,
  formatCode,
  formatCredentialId,
  type CredentialKind,
} from '../src/token/device.js';
import { Announcer, TRANSIENT_STATUS_MS } from './internal/announcer.js';
import { copyText } from './internal/clipboard.js';
import { ClockController } from './internal/clock-controller.js';
import { ConfirmDialog } from './internal/confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { OtpElement } from './internal/otp-element.js';
import { OwnPhoneShare } from './internal/own-phone-share.js';
import { TotpController } from './internal/totp-controller.js';
import { softTokenStyles } from './soft-token.styles.js';

/** Aegis turns the code red for the last 7 seconds of its period (reference/facts.md). */
const ENDING_SECONDS = 7;

/** A moved clock makes the phone's codes (real time) differ from the demo's; below this, they agree. */
const CLOCK_MOVED_MS = 1000;

type RemoveAction = 'uninstall' | 'lose';

/**
 * One installed VIP Access app as the person sees it: the credential ID, the current 6-digit
 * security code and the seconds until it changes, on a phone or in a desktop window. It works
 * from attributes alone, so documentation can show a token at a fixed time:
 * `<soft-token credential-id="VSMT12345678" secret="GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" time="1111111111000">`
 * (RFC 6238's T = 1111111111 s: `050 471`, 29 seconds left).
 * It computes codes and keeps no data; removing the app is the panel's business.
 *
 * "Add to an app on your phone" discloses the token's otpauth:// URI as a QR code and as text, so a
 * trainee can scan it with a real authenticator app and log in to the demo bank with its codes.
 *
 * @summary A VIP Access-like soft token: credential ID, security code, countdown, copy, QR code.
 * @fires code-copied - The code was put on the clipboard by the person: `{credentialId}`.
 * @fires token-uninstalled - The person confirmed "Uninstall": `{credentialId}`.
 * @fires device-lost - The person confirmed "Lose this device": `{credentialId}`.
 * @csspart caption - Whose device it is in the demo, above it (`caption`).
 * @csspart frame - The phone bezel or desktop window around the app.
 * @csspart code - The security code, grouped `123 456`.
 * @csspart countdown - The bar and text showing the seconds left in the 30-second period.
 * @csspart qr - The QR code of the otpauth:// URI (black on white, with its quiet zone).
 * @cssproperty --soft-token-accent - The app's colour: header bar, countdown bar, buttons; `--otp-color-token` unless set.
 * @cssproperty --soft-token-warning - The colour of the code and countdown in the last 7 seconds, and of the warnings; `--otp-color-error` unless set.
 * @cssproperty --soft-token-code-size - The font size of the security code.
 * @cssproperty --soft-token-bezel - The colour of the phone bezel and the window title bar.
 * @cssproperty --otp-font-size - Base font size: the frame, the code and every label follow it (presenter mode enlarges it).
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-muted - Colour of hints and secondary text.
 * @cssproperty --otp-color-error - Colour of refusals, invalid fields and destructive buttons.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-focus-width - Focus ring width.
 * @cssproperty --otp-focus-offset - Room between a control and its focus ring.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-on-accent - Text on a coloured button or bar.
 * @cssproperty --otp-color-button-border - Border of plain buttons.
 * @cssproperty --otp-color-button-bg - Background of plain buttons.
 * @cssproperty --otp-color-token - The soft token's colour.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 */
@defineElement('soft-token')
export class SoftToken extends OtpElement {
  static override styles = softTokenStyles;

  /** Ticks with the clock while connected; idle while `time` fixes the moment. */
  private readonly ticker = new ClockController(this, (now) => this.show(now));
  /** The decoded `secret`, or undefined when it is not valid Base32 (or empty). */
  private secretBytes?: Uint8Array;
  /** The code shown: once per step, a late answer dropped. */
  private readonly totp = new TotpController(this, TOKEN_PERIOD);
  /** How copying the code went. */
  private readonly codeCopy = new Announcer<'copied' | 'failed'>(this, { clearAfterMs: TRANSIENT_STATUS_MS });
  /** "Add to an app on your phone": the URI as a QR code and as text. */
  private readonly ownPhone = new OwnPhoneShare(this);
  /** "Uninstall?", "Lose this device?" */
  private readonly removal = new ConfirmDialog<RemoveAction>(this, (action) =>
    this.emit(action === 'uninstall' ? 'token-uninstalled' : 'device-lost', {
      credentialId: this.credentialId,
    }),
  );

  @state() private secondsLeft: number = TOKEN_PERIOD;
  @state() private frozen = false;
  @state() private invalid = false;
  /** Demo time is fixed, frozen, sped up or shifted: a phone's codes (real time) may not match. */
  @state() private clockMoved = false;

  /** The credential ID the app shows, e.g. `SYMC12345678` (shown grouped `SYMC 1234 5678`). */
  @property({ attribute: 'credential-id' }) credentialId = '';

  /** The token's shared secret in Base32 (RFC 4648); an invalid one shows a message instead of a code. */
  @property() secret = '';

  /** Which app: `mobile` (a phone) or `desktop` (a window). Reflected for styling. */
  @property({ reflect: true }) kind: CredentialKind = 'mobile';

  /** A fixed moment in ms since the epoch, for documentation; without it the token follows `clock`. */
  @property({ type: Number }) time?: number;

  /** The clock to follow when `time` is not set; defaults to the app clock. */
  @property({ attribute: false }) clock?: Clock;

  /** Language of the labels: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /**
   * Whose phone or computer this is in the demo, shown above it and part of its name, e.g.
   * `佐藤 花子さんのスマートフォン` or `未登録` (the panel sets it); none when empty.
   */
  @property() caption = '';

  /** Shows the Uninstall and Lose this device buttons (the panel sets it). */
  @property({ type: Boolean }) removable = false;

  override willUpdate(changed: PropertyValues<this>) {
    // Another token in this element (the panel reuses its elements): a removal asked for the old
    // one must not apply to it, nor a "copied" be said of it. An open QR code follows the new one.
    if (changed.has('credentialId') && this.hasUpdated) {
      this.codeCopy.clear();
      this.ownPhone.forgetCopy();
      this.removal.dismiss();
    }
    if (changed.has('secret')) this.decodeSecret();
    if (changed.has('secret') || changed.has('credentialId')) {
      this.ownPhone.share(this.credentialId, this.secretBytes);
    }
    if (changed.has('time') || changed.has('clock') || changed.has('secret')) {
      const fixed = this.fixedTime;
      // A new clock is subscribed to (and ticks at once); otherwise show the moment now.
      this.ticker.clock = fixed === undefined ? this.activeClock : undefined;
      this.show(fixed ?? this.activeClock.now());
    }
  }

  override updated() {
    // Through the CSSOM, not a style attribute: a page whose CSP refuses inline styles still shows it.
    this.renderRoot
      .querySelector<HTMLElement>('.fill')
      ?.style.setProperty('transform', `scaleX(${this.secondsLeft / TOKEN_PERIOD})`);
  }

  private get messages(): Messages {
    return messagesFor(this.language);
  }

  private get language(): Locale {
    return isLocale(this.locale) ? this.locale : 'ja';
  }

  private get shownKind(): CredentialKind {
    return this.kind === 'desktop' ? 'desktop' : 'mobile';
  }

  private get activeClock(): Clock {
    return this.clock ?? appClock;
  }

  /** `time` when it is a usable moment; a missing or unusable one means "follow the clock". */
  private get fixedTime(): number | undefined {
    const time = this.time;
    return typeof time === 'number' && Number.isFinite(time) && time >= 0 ? time : undefined;
  }

  private decodeSecret() {
    try {
      const bytes = base32Decode(this.secret ?? '');
      this.secretBytes = bytes.length > 0 ? bytes : undefined;
    } catch {
      // A Base32Error: the attribute is not a secret. The element says so instead of throwing.
      this.secretBytes = undefined;
    }
    this.invalid = this.secretBytes === undefined;
  }

  /** Brings the shown values to `now`; Lit re-renders only if one of them changed. */
  private show(now: number) {
    const clockState = this.activeClock.state();
    this.frozen = this.fixedTime !== undefined || clockState.frozen;
    this.clockMoved = this.frozen || clockState.speed !== 1 || Math.abs(clockState.offset) >= CLOCK_MOVED_MS;
    try {
      this.secondsLeft = secondsRemaining(now, TOKEN_PERIOD);
    } catch {
      // A clock moved before the epoch: the controller shows no code, the countdown stays.
    }
    this.totp.show(this.secretBytes, now);
  }

  private async copy() {
    const code = this.totp.code;
    if (!code) return;
    const copied = await copyText(code);
    await this.codeCopy.announce(copied ? 'copied' : 'failed');
    if (copied) this.emit('code-copied', { credentialId: this.credentialId });
  }

  /** Focuses the app itself (its labelled frame): where the panel puts focus after an install. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('.frame')?.focus(options);
  }

  /**
   * Where the app is on the screen, its caption included: what a person reads off it (the ID and
   * the code), not the buttons below. The panel scrolls it into view.
   */
  appBounds(): { top: number; bottom: number } {
    const frame = (this.renderRoot.querySelector('.frame') ?? this).getBoundingClientRect();
    const caption = this.renderRoot.querySelector('.caption')?.getBoundingClientRect();
    return { top: caption?.top ?? frame.top, bottom: frame.bottom };
  }

  private codeTemplate() {
    const m = this.messages.token;
    if (this.invalid) {
      return html`<p class="invalid">${this.messages.token.invalidSecret}</p>`;
    }
    const ending = this.secondsLeft <= ENDING_SECONDS;
    const code = this.totp.code ? formatCode(this.totp.code) : '\u00a0';
    return html`<div class=${ending ? 'ending' : ''}>
        <dl>
          <dt>${m.securityCode}</dt>
          <dd>
            <p class="code" part="code" data-rehearsal-target="token-code">${code}</p>
          </dd>
        </dl>
        <div class="countdown" part="countdown">
          <div class="bar" aria-hidden="true">
            <div class="fill"></div>
          </div>
          <span class="seconds">${m.secondsLeft(this.secondsLeft)}</span>
        </div>
      </div>
      ${this.frozen ? html`<p class="frozen">${m.frozen}</p>` : nothing}
      <button type="button" class="copy" ?disabled=${!this.totp.code} @click=${this.copy}>${m.copy}</button>`;
  }

  private appTemplate() {
    const m = this.messages.token;
    const credentialId = formatCredentialId(this.credentialId);
    return html`<div class="app">
      <dl>
        <dt>${m.credentialId}</dt>
        <dd class="credential-id" id="credential-id" data-rehearsal-target="token-id">${credentialId}</dd>
      </dl>
      ${this.codeTemplate()}
      <p class="status" role="status">
        ${
          this.codeCopy.message === 'copied'
            ? m.copied
            : this.codeCopy.message === 'failed'
              ? this.messages.token.copyFailed
              : nothing
        }
      </p>
    </div>`;
  }

  private logoTemplate() {
    return html`<svg class="logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="#fff" />
      <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#1f7a3a" stroke-width="3" />
    </svg>`;
  }

  private frameTemplate() {
    const kind = this.shownKind;
    const name = APP_NAME[kind];
    const labelledBy = this.caption ? 'caption app-name credential-id' : 'app-name credential-id';
    if (kind === 'desktop') {
      return html`<div
        class="frame desktop"
        part="frame"
        role="group"
        aria-labelledby=${labelledBy}
        tabindex="-1"
      >
        <div class="titlebar">
          ${this.logoTemplate()}
          <span class="name" id="app-name">${name}</span>
          <span class="window-buttons" aria-hidden="true"><span></span><span></span><span></span></span>
        </div>
        ${this.appTemplate()}
      </div>`;
    }
    return html`<div
      class="frame mobile"
      part="frame"
      role="group"
      aria-labelledby=${labelledBy}
      tabindex="-1"
    >
      <span class="speaker" aria-hidden="true"></span>
      <div class="screen">
        <div class="appbar">${this.logoTemplate()}<span id="app-name">${name}</span></div>
        ${this.appTemplate()}
      </div>
      <span class="home" aria-hidden="true"></span>
    </div>`;
  }

  private removeTemplate() {
    if (!this.removable) return nothing;
    const m = this.messages.token;
    const uninstall = this.removal.asking === 'uninstall';
    const ask = (action: RemoveAction) => (event: Event) =>
      this.removal.ask(action, event.currentTarget as HTMLElement);
    return html`${this.removal.template({
        question: uninstall ? m.uninstallConfirm : m.loseDeviceConfirm,
        confirm: uninstall ? m.uninstall : m.loseDevice,
        cancel: m.cancel,
      })}
      <div class="device-actions">
        <button type="button" @click=${ask('uninstall')}>${m.uninstall}</button>
        <button type="button" @click=${ask('lose')}>${m.loseDevice}</button>
      </div>`;
  }

  override render() {
    return html`<div lang=${this.language}>
      ${this.caption ? html`<p class="caption" id="caption" part="caption">${this.caption}</p>` : nothing}
      ${this.frameTemplate()} ${this.removeTemplate()}
      ${this.ownPhone.template(this.messages, this.clockMoved)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soft-token': SoftToken;
  }
  interface GlobalEventHandlersEventMap {
    'code-copied': CustomEvent<{ credentialId: string }>;
    'token-uninstalled': CustomEvent<{ credentialId: string }>;
    'device-lost': CustomEvent<{ credentialId: string }>;
  }
}
