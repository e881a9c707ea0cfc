import { html, nothing } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import { ownPhoneMessagesFor } from '../../src/i18n/own-phone-messages.js';
import type { OwnPhoneMessages } from '../../src/i18n/own-phone.js';
import { QR_QUIET_ZONE, qrMatrix, qrPath } from '../../src/qr.js';
import { ownPhoneUri } from '../../src/token/own-phone-uri.js';

// What the soft token's "Add to an app on your phone" shows open: the demo warning, how to add the
// token, its otpauth:// URI as a QR code and as text to copy. Loaded, with the QR encoder, when
// someone first opens it (own-phone-share.ts): most sessions never do, so the first screen carries
// only the disclosure's button.

export { ownPhoneUri };

/** About how wide the QR code is drawn, in CSS pixels; the exact width is a whole number per module. */
const QR_SIZE = 180;

/** The QR code of one URI, ready to draw: its side with the quiet zone, and the dark modules' path. */
export interface DrawnQr {
  uri: string;
  /** 0 when there is no QR code to draw: the URI is too long for one. */
  side: number;
  path: string;
}

/** The QR code of `uri`. */
export function drawQr(uri: string): DrawnQr {
  try {
    const matrix = qrMatrix(uri);
    return { uri, side: matrix.length + 2 * QR_QUIET_ZONE, path: qrPath(matrix) };
  } catch {
    // The URI is too long for a QR code (no credential ID makes one that long): the text remains.
    return { uri, side: 0, path: '' };
  }
}

function qrTemplate(m: OwnPhoneMessages, qr: DrawnQr) {
  if (qr.side === 0) return nothing;
  // A whole number of CSS pixels per module keeps every module the same size on screen.
  const width = qr.side * Math.max(1, Math.round(QR_SIZE / qr.side));
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${m.qrLabel}
    viewBox="0 0 ${qr.side} ${qr.side}"
    width=${width}
    height=${width}
    shape-rendering="crispEdges"
  >
    <rect width=${qr.side} height=${qr.side} fill="#fff" />
    <path d=${qr.path} fill="#000" />
  </svg>`;
}

/** What the open disclosure shows, for the token whose URI `qr` holds. */
export interface Details {
  qr: DrawnQr;
  /** The demo's time is not real time: a phone's codes differ. */
  clockMoved: boolean;
  /** How copying the URI went, if it was. */
  copied?: 'copied' | 'failed';
  copy: () => void;
}

/**
 * The open disclosure's content (styles: soft-token.styles.ts), in the language of `messages`, the
 * page's tables as they are now (Japanese stands in until English's have arrived).
 */
export function detailsTemplate(messages: Messages, { qr, clockMoved, copied, copy }: Details) {
  const m = ownPhoneMessagesFor(messages.locale);
  return html`<p class="warning">${m.warning}</p>
    <p>${m.howTo}</p>
    ${clockMoved ? html`<p class="frozen">${m.clockMoved}</p>` : nothing} ${qrTemplate(m, qr)}
    <dl>
      <dt>${m.uriLabel}</dt>
      <dd><code class="uri" id="uri">${qr.uri}</code></dd>
    </dl>
    <button type="button" class="copy-uri" @click=${copy}>${m.copyUri}</button>
    <p class="status" role="status">
      ${copied === 'copied' ? m.uriCopied : copied === 'failed' ? m.uriCopyFailed : nothing}
    </p>`;
}
