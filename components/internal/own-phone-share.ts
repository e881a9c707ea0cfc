import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import { onFirstUse } from '../../src/lazy.js';
import { canShareOnPhone } from '../../src/token/own-phone.js';
import { Announcer, TRANSIENT_STATUS_MS } from './announcer.js';
import { copyText } from './clipboard.js';
import type { DrawnQr } from './own-phone-details.js';

/**
 * What the open disclosure shows and the URI's making, with the QR encoder: a chunk of its own
 * (build/chunks.mjs, `own-phone-details`), loaded when someone first opens "Add to an app on your phone". Most
 * sessions never do, so the first screen carries only the disclosure's button.
 */
const loadDetails = onFirstUse(() => import('./own-phone-details.js'));

/** The token to share. */
interface SharedToken {
  credentialId: string;
  secret: Uint8Array;
}

/**
 * A soft token's "Add to an app on your phone": a disclosure with the token's otpauth:// URI as a
 * QR code and as text to copy, so a trainee can scan it with a real authenticator app and log in
 * to the demo bank with its codes. Its content loads when it is first opened; the QR code is made
 * then, and again only when the URI changes.
 */
export class OwnPhoneShare implements ReactiveController {
  /** The token to share; undefined without a valid secret and a credential ID a URI can hold. */
  private token?: SharedToken;
  private open = false;
  /** The open disclosure's content and the URI's making, once loaded. */
  private details?: Awaited<ReturnType<typeof loadDetails>>;
  /** Their load, while under way. */
  private loading?: Promise<void>;
  /** They could not be loaded: the disclosure says to reload. */
  private loadFailed = false;
  /** The token whose URI `qr` holds. */
  private drawnFor?: SharedToken;
  /** The QR code (and URI) last made. */
  private qr?: DrawnQr;
  /** How copying the URI went. */
  private readonly copied: Announcer<'copied' | 'failed'>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.copied = new Announcer(host, { clearAfterMs: TRANSIENT_STATUS_MS });
  }

  hostUpdate() {
    // An open disclosure shows the QR code of the token shown now, once its content has loaded.
    const token = this.token;
    if (!this.open || !token) return;
    if (!this.details) {
      if (!this.loadFailed) this.loading ??= this.load();
      return;
    }
    if (this.drawnFor === token) return;
    this.drawnFor = token;
    const uri = this.details.ownPhoneUri(token.credentialId, token.secret);
    if (this.qr?.uri !== uri) this.qr = this.details.drawQr(uri);
  }

  /** The token to share: its credential ID and secret (undefined when the secret is not valid). */
  share(credentialId: string, secret: Uint8Array | undefined) {
    // A credential ID no app could label (none, or one starting with a space): offer no URI.
    this.token = secret && canShareOnPhone(credentialId) ? { credentialId, secret } : undefined;
  }

  /** Another token is shown: what was said of copying the last one's URI no longer applies. */
  forgetCopy() {
    this.copied.clear();
  }

  private async load() {
    try {
      this.details = await loadDetails();
    } catch {
      this.loadFailed = true;
    }
    this.loading = undefined;
    this.host.requestUpdate();
  }

  private readonly toggle = () => {
    this.open = !this.open;
    if (!this.open) this.copied.clear();
    this.host.requestUpdate();
  };

  private readonly copyUri = async () => {
    const uri = this.qr?.uri;
    if (!uri) return;
    await this.copied.announce((await copyText(uri)) ? 'copied' : 'failed');
  };

  private contentTemplate(messages: Messages, clockMoved: boolean) {
    if (this.loadFailed) return html`<p class="warning" role="alert">${messages.common.loadFailed}</p>`;
    const qr = this.qr;
    if (!this.details || !qr || this.drawnFor !== this.token) return html`<p>${messages.common.loading}</p>`;
    return this.details.detailsTemplate(messages, {
      qr,
      clockMoved,
      copied: this.copied.message,
      copy: this.copyUri,
    });
  }

  /** The disclosure; `clockMoved` when the demo's time is not real time (a phone's codes differ). */
  template(messages: Messages, clockMoved: boolean) {
    if (!this.token) return nothing;
    const open = this.open;
    return html`<div class="own-phone">
      <button
        type="button"
        class="disclosure"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="share"
        @click=${this.toggle}
      >
        ${messages.token.addToPhone}
      </button>
      <div class="share" id="share" ?hidden=${!open}>
        ${open ? this.contentTemplate(messages, clockMoved) : nothing}
      </div>
    </div>`;
  }
}
