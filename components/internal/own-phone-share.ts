import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import { onFirstUse } from '../../src/lazy.js';
import { ownPhoneUri } from '../../src/token/own-phone.js';
import { Announcer, TRANSIENT_STATUS_MS } from './announcer.js';
import { copyText } from './clipboard.js';

/** About how wide the QR code is drawn, in CSS pixels; the exact width is a whole number per module. */
const QR_SIZE = 180;

/** The QR code of one URI, ready to draw: its side with the quiet zone, and the dark modules' path. */
interface DrawnQr {
  uri: string;
  /** 0 when there is no QR code to draw: the encoder did not load, or the URI is too long. */
  side: number;
  path: string;
  /** The encoder did not load: the panel says to reload. */
  loadFailed?: boolean;
}

/**
 * The QR encoder, a chunk of its own loaded when someone first opens "Add to an app on your phone":
 * most sessions never do, so the first screen does not wait for it.
 */
const loadQr = onFirstUse(() => import('../../src/qr.js'));

/**
 * A soft token's "Add to an app on your phone": a disclosure with the token's otpauth:// URI as a
 * QR code and as text to copy, so a trainee can scan it with a real authenticator app and log in
 * to the demo bank with its codes. The QR code is made when the disclosure opens, and again only
 * when the URI changes.
 */
export class OwnPhoneShare implements ReactiveController {
  /** The token's otpauth:// URI; undefined without a valid secret and credential ID. */
  private uri?: string;
  private open = false;
  /** The QR code last made. */
  private drawnQr?: DrawnQr;
  /** The URI whose QR code is being made, while it is. */
  private qrPending?: string;
  /** How copying the URI went. */
  private readonly copied: Announcer<'copied' | 'failed'>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.copied = new Announcer(host, { clearAfterMs: TRANSIENT_STATUS_MS });
  }

  hostUpdate() {
    // An open disclosure shows the QR code of the token shown now.
    const uri = this.uri;
    if (this.open && uri && this.drawnQr?.uri !== uri && this.qrPending !== uri) void this.drawQr(uri);
  }

  /** The token to share: its credential ID and secret (undefined when the secret is not valid). */
  share(credentialId: string, secret: Uint8Array | undefined) {
    try {
      this.uri = secret && credentialId ? ownPhoneUri(credentialId, secret) : undefined;
    } catch {
      // A credential ID no app could label (one starting with a space): offer no URI.
      this.uri = undefined;
    }
  }

  /** Another token is shown: what was said of copying the last one's URI no longer applies. */
  forgetCopy() {
    this.copied.clear();
  }

  private async drawQr(uri: string) {
    this.qrPending = uri;
    let drawn: DrawnQr = { uri, side: 0, path: '' };
    try {
      const { qrMatrix, qrPath, QR_QUIET_ZONE } = await loadQr();
      try {
        const matrix = qrMatrix(uri);
        drawn = { uri, side: matrix.length + 2 * QR_QUIET_ZONE, path: qrPath(matrix) };
      } catch {
        // The URI is too long for a QR code (no credential ID makes one that long): the text remains.
      }
    } catch {
      drawn = { ...drawn, loadFailed: true };
    }
    // A newer URI may have been asked for meanwhile; its own drawing will land.
    if (this.qrPending !== uri) return;
    this.qrPending = undefined;
    this.drawnQr = drawn;
    this.host.requestUpdate();
  }

  private readonly toggle = () => {
    this.open = !this.open;
    if (!this.open) this.copied.clear();
    this.host.requestUpdate();
  };

  private readonly copyUri = async () => {
    const uri = this.uri;
    if (!uri) return;
    await this.copied.announce((await copyText(uri)) ? 'copied' : 'failed');
  };

  private qrTemplate(messages: Messages, uri: string) {
    const qr = this.drawnQr;
    if (qr?.uri !== uri) return nothing;
    if (qr.loadFailed) return html`<p class="warning" role="alert">${messages.common.loadFailed}</p>`;
    if (qr.side === 0) return nothing;
    // A whole number of CSS pixels per module keeps every module the same size on screen.
    const width = qr.side * Math.max(1, Math.round(QR_SIZE / qr.side));
    return html`<svg
      class="qr"
      part="qr"
      role="img"
      aria-label=${messages.token.qrLabel}
      viewBox="0 0 ${qr.side} ${qr.side}"
      width=${width}
      height=${width}
      shape-rendering="crispEdges"
    >
      <rect width=${qr.side} height=${qr.side} fill="#fff" />
      <path d=${qr.path} fill="#000" />
    </svg>`;
  }

  /** The disclosure; `clockMoved` when the demo's time is not real time (a phone's codes differ). */
  template(messages: Messages, clockMoved: boolean) {
    const uri = this.uri;
    if (!uri) return nothing;
    const m = messages.token;
    const open = this.open;
    return html`<div class="own-phone">
      <button
        type="button"
        class="disclosure"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="share"
        @click=${this.toggle}
      >
        ${m.addToPhone}
      </button>
      <div class="share" id="share" ?hidden=${!open}>
        ${
          open
            ? html`<p class="warning">${m.addToPhoneWarning}</p>
                <p>${m.addToPhoneHowTo}</p>
                ${clockMoved ? html`<p class="frozen">${m.addToPhoneClockMoved}</p>` : nothing}
                ${this.qrTemplate(messages, uri)}
                <dl>
                  <dt>${m.uriLabel}</dt>
                  <dd><code class="uri" id="uri">${uri}</code></dd>
                </dl>
                <button type="button" class="copy-uri" @click=${this.copyUri}>${m.copyUri}</button>
                <p class="status" role="status">
                  ${
                    this.copied.message === 'copied'
                      ? m.uriCopied
                      : this.copied.message === 'failed'
                        ? m.uriCopyFailed
                        : nothing
                  }
                </p>`
            : nothing
        }
      </div>
    </div>`;
  }
}
