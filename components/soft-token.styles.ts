import { css } from 'lit';
import { confirmDialogStyles } from './internal/confirm-dialog.js';
import { buttonBase, color, focusRing } from './internal/tokens.js';

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
    :host {
      display: block;
      color: ${color.text};
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
      max-width: 17rem;
      padding: 1.5rem 0.6rem 1.75rem;
      border-radius: 2.2rem;
      background: ${bezel};
      box-shadow: 0 0.2rem 0.6rem rgb(0 0 0 / 25%);
    }
    .speaker {
      display: block;
      width: 3.5rem;
      height: 0.35rem;
      margin: -0.9rem auto 0.55rem;
      border-radius: 1rem;
      background: ${fitting};
    }
    /* Tall enough to read as a phone, short enough that a phone and the panel's buttons above it fit
       beside the bank on a 1280×860 screen. */
    .mobile .screen {
      min-height: 19rem;
      border-radius: 0.6rem;
      overflow: hidden;
      background: ${color.background};
    }
    .mobile .home {
      display: block;
      width: 2.4rem;
      height: 2.4rem;
      margin: 0.6rem auto -1rem;
      border: 2px solid ${fitting};
      border-radius: 50%;
      box-sizing: border-box;
    }
    /* A desktop window: a title bar with the app name and window buttons. */
    .frame.desktop {
      max-width: 22rem;
      border: 1px solid ${frameLine};
      border-radius: 0.45rem;
      overflow: hidden;
      box-shadow: 0 0.3rem 0.9rem rgb(0 0 0 / 22%);
    }
    .titlebar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.35rem 0.6rem;
      background: ${bezel};
      color: ${color.onAccent};
      font-size: 0.9rem;
    }
    .titlebar .name {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .window-buttons {
      display: flex;
      gap: 0.35rem;
    }
    .window-buttons span {
      width: 0.7rem;
      height: 0.7rem;
      border: 1px solid #c8c8c8;
      border-radius: 2px;
    }
    .appbar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.6rem 0.9rem;
      background: ${accent};
      color: ${color.onAccent};
      font-weight: bold;
    }
    .logo {
      flex: none;
      width: 1.4rem;
      height: 1.4rem;
    }
    .app {
      padding: 0.9rem 1rem 1rem;
    }
    dl {
      margin: 0;
    }
    dt {
      font-size: 0.85rem;
      color: ${color.muted};
    }
    dd {
      margin: 0 0 0.6rem;
    }
    .credential-id {
      font-size: 1.1rem;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    .code {
      margin: 0;
      font-size: var(--soft-token-code-size, 2.6rem);
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
      gap: 0.25rem;
      margin: 0.2rem 0 0.6rem;
    }
    .bar {
      height: 0.45rem;
      border-radius: 1rem;
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
      font-size: 0.9rem;
      font-variant-numeric: tabular-nums;
    }
    .frozen {
      margin: 0 0 0.6rem;
      padding: 0.15rem 0.5rem;
      border-left: 0.25rem solid ${fitting};
      background: ${panel};
      font-size: 0.85rem;
    }
    .invalid {
      margin: 0.2rem 0 0.6rem;
      padding: 0.4rem 0.6rem;
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
      margin: 0.4rem 0 0;
      font-size: 0.9rem;
    }
    .device-actions {
      max-width: 22rem;
      margin: 0.75rem auto 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5rem;
    }
    dialog.confirm {
      max-width: min(22rem, calc(100vw - 2rem));
      border-color: ${warning};
    }
    button.danger {
      border-color: ${warning};
      background: ${warning};
    }
    .own-phone {
      max-width: 22rem;
      margin: 0.75rem auto 0;
      text-align: center;
    }
    button.disclosure::before {
      content: '';
      display: inline-block;
      margin-right: 0.5rem;
      border-block: 0.35rem solid transparent;
      border-left: 0.5rem solid currentColor;
      vertical-align: 0.05rem;
      transition: transform 0.15s;
    }
    button.disclosure[aria-expanded='true']::before {
      transform: rotate(90deg);
    }
    .share {
      margin-top: 0.5rem;
      padding: 0.75rem;
      border: 1px solid ${frameLine};
      border-radius: 0.3rem;
      background: ${color.background};
      text-align: start;
    }
    .share[hidden] {
      display: none;
    }
    .share p {
      margin: 0 0 0.6rem;
    }
    .share .warning {
      padding: 0.4rem 0.6rem;
      border: 2px solid ${warning};
      color: ${warning};
      font-weight: bold;
    }
    .qr {
      display: block;
      max-width: 100%;
      height: auto;
      margin: 0 auto 0.6rem;
      /* Dark modules on a light background, whatever the page's colours: what readers expect. */
      forced-color-adjust: none;
    }
    .uri {
      display: block;
      padding: 0.3rem 0.4rem;
      background: ${panel};
      font-size: 0.8rem;
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
