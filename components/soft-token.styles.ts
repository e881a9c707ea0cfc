import { css } from 'lit';
import { confirmDialogStyles } from './internal/confirm-dialog.js';
import { buttonBase, color, focusRing, font } from './internal/tokens.js';

// <soft-token>'s own knobs, each read here once, the shared ones defaulting to the design tokens.
const accent = css`var(--soft-token-accent, ${color.token})`;
const warning = css`var(--soft-token-warning, ${color.error})`;
const bezel = css`var(--soft-token-bezel, #23272b)`;

/** The phone's speaker and home button, and the bar beside the "frozen" note. */
const fitting = css`#5a6168`;
/** The edge of the desktop window and of the share panel. */
const frameLine = css`#6b6b6b`;
/** Behind the "frozen" note and the URI. */
const panel = css`#eef1f3`;

/** `<soft-token>`'s styles: the phone or desktop frame, the app, the confirm and share panels. */
export const softTokenStyles = [
  confirmDialogStyles,
  css`
    /* In em from here on, so that the token follows --otp-font-size (presenter mode) as the bank does. */
    :host {
      display: block;
      color: ${color.text};
      font-size: ${font.size};
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    /* Whose device it is in the demo: a label above it, like a name tag. */
    .caption {
      box-sizing: border-box;
      width: fit-content;
      max-width: 100%;
      margin: 0 auto 0.5rem;
      padding: 0.15rem 0.7rem;
      border: 1px solid ${frameLine};
      border-radius: 1rem;
      background: ${color.background};
      font-weight: bold;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .frame {
      box-sizing: border-box;
      margin: 0 auto;
      background: ${color.background};
    }
    .frame:focus-visible,
    button:focus-visible {
      ${focusRing}
    }
    /* A phone: a dark, rounded, tall bezel with a speaker slot above the screen. */
    .frame.mobile {
      max-width: 17em;
      padding: 1.5em 0.6em 1.75em;
      border-radius: 2.2em;
      background: ${bezel};
      box-shadow: 0 0.2em 0.6em rgb(0 0 0 / 25%);
    }
    .speaker {
      display: block;
      width: 3.5em;
      height: 0.35em;
      margin: -0.9em auto 0.55em;
      border-radius: 1em;
      background: ${fitting};
    }
    /* Tall enough to read as a phone, short enough that a phone and the panel's buttons above it fit
       beside the bank on a 1280×860 screen. */
    .mobile .screen {
      min-height: 22em;
      border-radius: 0.6em;
      overflow: hidden;
      background: ${color.background};
    }
    .mobile .home {
      display: block;
      width: 2.4em;
      height: 2.4em;
      margin: 0.6em auto -1em;
      border: 2px solid ${fitting};
      border-radius: 50%;
      box-sizing: border-box;
    }
    /* A desktop window: a title bar with the app name and window buttons. */
    .frame.desktop {
      max-width: 22em;
      border: 1px solid ${frameLine};
      border-radius: 0.45em;
      overflow: hidden;
      box-shadow: 0 0.3em 0.9em rgb(0 0 0 / 22%);
    }
    .titlebar {
      display: flex;
      align-items: center;
      gap: 0.55em;
      padding: 0.39em 0.67em;
      background: ${bezel};
      color: ${color.onAccent};
      font-size: 0.9em;
    }
    .titlebar .name {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .window-buttons {
      display: flex;
      gap: 0.39em;
    }
    .window-buttons span {
      width: 0.78em;
      height: 0.78em;
      border: 1px solid #c8c8c8;
      border-radius: 2px;
    }
    .appbar {
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.6em 0.9em;
      background: ${accent};
      color: ${color.onAccent};
      font-weight: bold;
    }
    .logo {
      flex: none;
      width: 1.4em;
      height: 1.4em;
    }
    .titlebar .logo {
      width: 1.55em;
      height: 1.55em;
    }
    .app {
      padding: 0.9em 1em 1em;
    }
    dl {
      margin: 0;
    }
    dt {
      font-size: 0.85em;
      color: ${color.muted};
    }
    dd {
      margin: 0 0 0.6em;
    }
    .credential-id {
      font-size: 1.1em;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    .code {
      margin: 0;
      font-size: var(--soft-token-code-size, 2.6em);
      font-weight: bold;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.06em;
      line-height: 1.2;
      white-space: nowrap;
    }
    .ending .code,
    .ending .seconds {
      color: ${warning};
    }
    .countdown {
      display: grid;
      gap: 0.25em;
      margin: 0.2em 0 0.6em;
    }
    .bar {
      height: 0.45em;
      border-radius: 1em;
      background: #dde3e6;
      overflow: hidden;
    }
    .fill {
      height: 100%;
      background: ${accent};
      transform-origin: left center;
      transition: transform 1s linear;
    }
    .ending .fill {
      background: ${warning};
    }
    .seconds {
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
    }
    .frozen {
      margin: 0 0 0.7em;
      padding: 0.18em 0.6em;
      border-left: 0.3em solid ${fitting};
      background: ${panel};
      font-size: 0.85em;
    }
    .invalid {
      margin: 0.2em 0 0.6em;
      padding: 0.4em 0.6em;
      border: 2px solid ${warning};
      color: ${warning};
      font-weight: bold;
    }
    button {
      ${buttonBase}
      padding: 0.35em 1em;
    }
    button.copy {
      border-color: ${accent};
      background: ${accent};
      color: ${color.onAccent};
      font-weight: bold;
    }
    .status {
      min-height: 1.5em;
      margin: 0.45em 0 0;
      font-size: 0.9em;
    }
    .device-actions {
      max-width: 22em;
      margin: 0.75em auto 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5em;
    }
    dialog.confirm {
      max-width: min(22em, calc(100vw - 2em));
      border-color: ${warning};
    }
    button.danger {
      border-color: ${warning};
      background: ${warning};
    }
    .own-phone {
      max-width: 22em;
      margin: 0.75em auto 0;
      text-align: center;
    }
    button.disclosure::before {
      content: '';
      display: inline-block;
      margin-right: 0.5em;
      border-block: 0.35em solid transparent;
      border-left: 0.5em solid currentColor;
      vertical-align: 0.05em;
      transition: transform 0.15s;
    }
    button.disclosure[aria-expanded='true']::before {
      transform: rotate(90deg);
    }
    .share {
      margin-top: 0.5em;
      padding: 0.75em;
      border: 1px solid ${frameLine};
      border-radius: 0.3em;
      background: ${color.background};
      text-align: start;
    }
    .share[hidden] {
      display: none;
    }
    .share p {
      margin: 0 0 0.6em;
    }
    .share .warning {
      padding: 0.4em 0.6em;
      border: 2px solid ${warning};
      color: ${warning};
      font-weight: bold;
    }
    .qr {
      display: block;
      max-width: 100%;
      height: auto;
      margin: 0 auto 0.6em;
      /* Dark modules on a light background, whatever the page's colours: what readers expect. */
      forced-color-adjust: none;
    }
    .uri {
      display: block;
      padding: 0.375em 0.5em;
      background: ${panel};
      font-size: 0.8em;
      overflow-wrap: anywhere;
      user-select: all;
    }
    @media (prefers-reduced-motion: reduce) {
      .fill,
      button.disclosure::before {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .fill {
        background: Highlight;
      }
    }
  `,
];
