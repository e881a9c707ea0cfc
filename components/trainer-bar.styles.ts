import { css } from 'lit';
import { confirmDialogStyles } from './internal/confirm-dialog.js';
import { bankScreenStyles, disclosureBarStyles } from './internal/styles.js';
import { color, font, space } from './internal/tokens.js';

/** `<trainer-bar>`'s styles: the one-row bar, its popovers, the reset question, the customers table and form. */
export const trainerBarStyles = [
  bankScreenStyles,
  disclosureBarStyles,
  confirmDialogStyles,
  css`
    :host {
      display: block;
      background: ${color.trainerBackground};
      border-bottom: 1px solid ${color.trainerBorder};
    }
    /* One row: the toggle, then each tool's button (its popover drops below the bar), the demo time,
       presenter mode and the reset. It wraps on a narrow screen. */
    .bar {
      anchor-name: --trainer-bar;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.xs} ${space.s};
      padding-inline: ${space.xs} ${space.s};
    }
    h2.disclosure button {
      width: auto;
    }
    /* Beside the toggle, wrapping within the rest of the row rather than below it. */
    .tools {
      flex: 1 1 20em;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${space.xs} ${space.s};
      padding-block: ${space.xs};
    }
    .tools[hidden] {
      display: none;
    }
    .opener::after {
      content: ' ▾' / '';
    }
    .opener:has(+ :popover-open) {
      background: ${color.background};
      border-color: ${color.primary};
      box-shadow: inset 0 -0.2em 0 ${color.primary};
    }
    .opener:has(+ :popover-open)::after {
      content: ' ▴' / '';
    }
    .intro,
    .status {
      margin: 0;
      padding: 0 ${space.m} ${space.s};
    }
    .intro {
      font-size: 0.9em;
      color: ${color.muted};
    }
    .status:not(.shown) {
      padding: 0;
    }
    .faults {
      padding: 0 ${space.m} ${space.s};
    }
    /* Below the whole bar (its status line stays in view), from its start; never past the screen. */
    .popover {
      box-sizing: border-box;
      position-anchor: --trainer-bar;
      position-area: block-end span-inline-end;
      inset: auto;
      width: max-content;
      max-width: min(52em, 100% - 1em);
      max-height: calc(100% - 0.5em);
      margin: 0 0.5em 0.5em;
      overflow: auto;
      padding: ${space.s} ${space.m} ${space.m};
      border: 1px solid ${color.trainerBorder};
      border-top: 3px solid ${color.primary};
      background: ${color.trainerBackground};
      color: ${color.text};
      box-shadow: 0 0.4em 1em rgb(0 0 0 / 25%);
    }
    /* Where anchor positioning is missing: under the bar's usual place, the screen's width. */
    @supports not (position-area: block-end) {
      .popover {
        inset: 6em 0.5em auto;
        margin: 0;
        max-height: calc(100dvh - 7em);
      }
    }
    #scenarios {
      max-width: min(34em, 100% - 1em);
    }
    .popover h3 {
      margin: 0 0 ${space.s};
    }
    .scenarios {
      display: grid;
      gap: ${space.s};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .scenarios .hint {
      margin: 0.2em 0 0;
    }
    button {
      padding: 0.3em 0.8em;
    }
    button[aria-pressed='true'] {
      background: ${color.primary};
      border-color: ${color.primary};
      color: ${color.onAccent};
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    .time {
      font-size: 1.2em;
      font-variant-numeric: tabular-nums;
      font-weight: bold;
    }
    .status {
      font-weight: bold;
    }
    .status span {
      display: block;
    }
    .clock-state {
      white-space: nowrap;
    }
    .status.shown {
      margin-inline-start: ${space.m};
      border-inline-start: 0.3em solid ${color.primary};
      padding-inline-start: ${space.s};
    }
    /* Narrow screens scroll the table rather than break 契約者ID digit by digit. */
    th,
    td {
      white-space: nowrap;
    }
    th[scope='row'] {
      font-weight: normal;
    }
    .value {
      margin-inline-end: ${space.s};
      font-family: ${font.mono};
    }
    td button,
    th button {
      min-height: 2em;
      padding: 0.1em 0.6em;
      font-size: 0.9em;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.m} ${space.l};
      align-items: flex-start;
      margin: ${space.s} 0;
    }
    form .field {
      flex: 1 1 11em;
      max-width: 16em;
    }
    /* Level with the inputs, below their labels. */
    form .actions {
      padding-top: 1.6em;
    }
  `,
];
