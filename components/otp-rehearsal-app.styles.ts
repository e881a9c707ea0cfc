import { css } from 'lit';
import { disclosureBarStyles, faultNoticeStyles } from './internal/styles.js';
import { color } from './internal/tokens.js';

/** The app bar and the phone-width view switch. */
const appBar = css`#263238`;

/** `<otp-rehearsal-app>`'s styles: the app bar, the tools' stand-ins, the bank window beside the token panel, presenter mode, the phone-width views. */
export const otpRehearsalAppStyles = [
  disclosureBarStyles,
  faultNoticeStyles,
  css`
    :host {
      display: block;
      font-family: system-ui, 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif;
      color: ${color.text};
      background: #f2f4f7;
      min-height: 100vh;
    }
    .app-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.5rem 1rem;
      background: ${appBar};
      color: ${color.onAccent};
    }
    .app-bar h1 {
      font-size: 1rem;
      margin: 0;
    }
    .counter-link {
      color: ${color.onAccent};
      margin-right: auto;
    }
    .languages {
      display: flex;
      gap: 0.25rem;
      align-items: center;
    }
    .languages button,
    .views button,
    .token-window-button {
      font: inherit;
      border: 1px solid currentColor;
      background: transparent;
      color: inherit;
      padding: 0.2rem 0.7rem;
      border-radius: 0.2rem;
      cursor: pointer;
      min-height: 2.25rem;
    }
    .languages button[aria-pressed='true'],
    .views button[aria-pressed='true'] {
      background: ${color.background};
      color: ${appBar};
      font-weight: bold;
    }
    button:focus-visible {
      outline: 3px solid ${color.focus};
      outline-offset: 2px;
    }
    /* A tool's toggle until its code has loaded: the tool's own, collapsed (disclosureBarStyles). */
    trainer-bar,
    guided-rehearsal {
      display: block;
    }
    trainer-bar > .disclosure {
      background: ${color.trainerBackground};
      border-bottom: 1px solid ${color.trainerBorder};
    }
    guided-rehearsal > .disclosure {
      background: ${color.guideBackground};
      border-bottom: 1px solid ${color.guideBorder};
    }
    .disclosure button:focus-visible {
      outline-offset: -3px;
    }
    .token-window {
      max-width: 30rem;
      margin: 0 auto;
      padding: 1rem;
    }
    rehearsal-welcome {
      max-width: 72rem;
      margin: 1rem auto 0;
      padding: 0 1rem;
    }
    .layout {
      display: grid;
      /* The token's column in em: it widens with the token's type in presenter mode. */
      grid-template-columns: minmax(0, 1fr) minmax(16em, 22em);
      gap: 1rem;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1rem;
      align-items: start;
    }
    .views {
      display: none;
    }
    /* Beside the bank, the tokens stay in view as the page scrolls, and scroll on their own: the
       token a step needs is brought into view there, never moving the bank form away. */
    soft-token-panel {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
    }
    .bank-window {
      background: ${color.background};
      border: 1px solid #c5ccd6;
      border-radius: 0.4rem;
      overflow: hidden;
      min-width: 0;
    }
    .bank-window:focus {
      outline: none;
    }
    /* The bank window in em: presenter mode enlarges all of it. */
    .bank-header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      justify-content: space-between;
      padding: 0.6em 1em;
      border-bottom: 3px solid ${color.primary};
    }
    .bank-name {
      font-size: 1.2em;
      font-weight: bold;
      color: ${color.primary};
      margin: 0;
    }
    .practice-mark {
      background: ${color.error};
      color: ${color.onAccent};
      font-weight: bold;
      padding: 0.15em 0.6em;
      border-radius: 0.25em;
    }
    .practice-notice {
      margin: 0;
      padding: 0.45em 1.1em;
      background: #fff4e5;
      font-size: 0.9em;
    }
    .screen {
      padding: 1em;
    }
    /* The shell's fault notice and the reason below it span the page, as the notices above do. */
    :host > .fault,
    .problem {
      margin: 0;
      padding: 0.4rem 1rem;
      font-size: 0.9rem;
    }
    .storage-notice {
      margin: 0;
      padding: 0.45em 1.1em;
      background: ${color.errorTint};
      font-size: 0.9em;
    }
    .update-notice {
      margin: 0;
      padding: 0.4rem 1rem;
      background: ${color.primaryTint};
      font-size: 0.9rem;
    }
    .update-notice button {
      font: inherit;
      margin-left: 0.5rem;
      min-height: 2.25rem;
      cursor: pointer;
    }
    :host([presenter]) {
      font-size: 1.35rem;
      --otp-font-size: 1.35rem;
      --otp-color-text: #000;
      --otp-color-primary: #002b80;
      --otp-color-link: #001a66;
      --otp-color-muted: #000;
      background: ${color.background};
    }
    :host([presenter]) .bank-window {
      border: 3px solid #000;
    }
    @media (max-width: 760px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
        padding: 0.5rem;
      }
      .views {
        display: flex;
        gap: 0.5rem;
        position: sticky;
        top: 0;
        z-index: 1;
        padding: 0.5rem;
        background: ${appBar};
        color: ${color.onAccent};
      }
      .views button {
        flex: 1;
      }
      /* A second window is a trainer's laptop-and-projector set-up; a phone has the view switch. */
      .token-window-button {
        display: none;
      }
      soft-token-panel {
        position: static;
        max-height: none;
        overflow-y: visible;
        /* A token brought into view stays clear of the sticky view switch. */
        --soft-token-panel-scroll-margin: 4rem;
      }
      /* Brought into view below the sticky view switch, not under it. */
      .screen {
        scroll-margin-top: 4rem;
      }
      /* The bank window stays in the page as the main landmark, only its content is hidden. */
      .layout[data-view='bank'] soft-token-panel,
      .layout[data-view='token'] .bank-window > * {
        display: none;
      }
      .layout[data-view='token'] .bank-window {
        border: none;
      }
    }
  `,
];
