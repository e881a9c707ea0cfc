import { css } from 'lit';
import { confirmDialogStyles } from './internal/confirm-dialog.js';
import { bankScreenStyles, disclosureBarStyles } from './internal/styles.js';
import { color, font, space } from './internal/tokens.js';

/** `<trainer-bar>`'s styles: the bar, the tools' grid, the reset question, the customers table and form. */
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
    .panel {
      padding: 0 ${space.m} ${space.m};
    }
    .tools {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
      gap: ${space.s} ${space.xl};
    }
    .wide {
      grid-column: 1 / -1;
    }
    h3 {
      margin: ${space.m} 0 0.4em;
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
      font-size: 1.6em;
      font-variant-numeric: tabular-nums;
      font-weight: bold;
    }
    .status {
      min-height: 1.6em;
      margin: ${space.s} 0 0;
      font-weight: bold;
    }
    .status span {
      display: block;
    }
    .clock-state {
      white-space: nowrap;
    }
    .status.shown {
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
