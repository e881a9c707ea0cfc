import { html, nothing } from 'lit';
import { LANGUAGE_NAMES, messagesFor, type Locale } from '../../src/i18n/index.js';

// The shell's own chrome, drawn in its shadow root (its styles: otp-rehearsal-app.styles.ts).

/**
 * The app's title, the counter link, the button that opens the token in its own window (not in
 * that window itself) and the language switch.
 */
export function appBarTemplate(
  locale: Locale,
  setLocale: (locale: Locale) => void,
  openTokenWindow?: () => void,
) {
  const m = messagesFor(locale);
  return html`<header class="app-bar">
    <h1>OTP Rehearsal</h1>
    <a class="counter-link" href="#/counter" data-rehearsal-target="counter-link">${m.common.counterLink}</a>
    ${
      openTokenWindow
        ? html`<button type="button" class="token-window-button" @click=${openTokenWindow}>
            ${m.common.tokenWindowOpen}
          </button>`
        : nothing
    }
    <div class="languages" role="group" aria-label="${m.common.switchLanguage} / Language">
      ${(['ja', 'en'] as const).map(
        (each) =>
          html`<button
            type="button"
            lang=${each}
            aria-pressed=${locale === each ? 'true' : 'false'}
            @click=${() => setLocale(each)}
          >
            ${LANGUAGE_NAMES[each]}
          </button>`,
      )}
    </div>
  </header>`;
}

/** A live region, empty until a new version waits: then it says so, with the button that switches. */
export function updateNoticeTemplate(locale: Locale, activateUpdate: (() => void) | undefined) {
  const m = messagesFor(locale).common;
  const notice =
    activateUpdate &&
    html`<p class="update-notice">
      ${m.updateReady}<button type="button" @click=${() => activateUpdate()}>${m.updateReload}</button>
    </p>`;
  return html`<div role="status">${notice ?? nothing}</div>`;
}

/** On a phone-width screen, the switch between the bank and the token (the styles hide it wider). */
export function viewSwitchTemplate(
  locale: Locale,
  view: 'bank' | 'token',
  show: (view: 'bank' | 'token') => void,
) {
  const m = messagesFor(locale).common;
  return html`<div class="views">
    ${(['bank', 'token'] as const).map(
      (each) =>
        html`<button
          type="button"
          aria-pressed=${view === each ? 'true' : 'false'}
          data-reveals=${each === 'bank' ? '.bank-window' : 'soft-token-panel'}
          @click=${() => show(each)}
        >
          ${each === 'bank' ? m.bankTab : m.tokenTab}
        </button>`,
    )}
  </div>`;
}
