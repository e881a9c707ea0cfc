import { css } from 'lit';
import { bankScreenStyles } from './internal/styles.js';
import { color, font, space } from './internal/tokens.js';

/** `<software-keyboard>`'s styles: the dialog, the masked display, the options and the keys. */
export const softwareKeyboardStyles = [
  bankScreenStyles,
  css`
    dialog {
      box-sizing: border-box;
      width: min(40rem, calc(100vw - 1rem));
      max-width: none;
      max-height: calc(100dvh - 1rem);
      padding: 1rem;
      border: 2px solid ${color.primary};
      border-radius: 0.4rem;
      overflow: auto;
      background: ${color.background};
      color: inherit;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    .display {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.xs} ${space.l};
      min-height: 2.5em;
      margin: 0 0 ${space.m};
      padding: 0.3em 0.6em;
      border: 1px solid ${color.inputBorder};
      border-radius: 0.2em;
      background: #fafafa;
    }
    .mask {
      flex: 1 1 auto;
      min-width: 0;
      overflow-wrap: anywhere;
      letter-spacing: 0.1em;
    }
    .count {
      margin: 0;
      font-size: 0.9em;
      color: ${color.muted};
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s} 1.25em;
      align-items: center;
      margin: 0 0 ${space.m};
    }
    .options label {
      font-weight: normal;
      display: inline-flex;
      gap: 0.4em;
      align-items: center;
      min-height: 2.5em;
      cursor: pointer;
    }
    .options input {
      width: 1.2em;
      height: 1.2em;
      margin: 0;
    }
    button[aria-pressed='true'] {
      background: ${color.primary};
      border-color: ${color.primary};
      color: ${color.onAccent};
    }
    .keys {
      display: grid;
      gap: 0.3em;
      margin: 0 0 ${space.l};
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.3em;
    }
    /* Rows shrink rather than wrap down to 24 px keys (WCAG 2.5.8), so a 360 px screen keeps the
         layout; narrower than that they wrap, and nothing is cut off. */
    .key {
      flex: 1 1 0;
      max-width: 2.6em;
      min-width: 24px;
      min-height: 2.5em;
      padding: 0.2em;
      font-family: ${font.mono};
      font-size: 1.05em;
    }
    .actions {
      justify-content: flex-end;
    }
    /* Touch and narrow screens: keys at least 44 px high (WCAG 2.5.5). */
    @media (pointer: coarse), (max-width: 40rem) {
      .key,
      .options button,
      .actions button {
        min-height: 44px;
      }
      dialog {
        padding: 0.75rem 0.5rem;
      }
      .keys,
      .row {
        gap: ${space.xs};
      }
    }
  `,
];
