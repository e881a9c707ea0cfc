import { css } from 'lit';
import { confirmDialogStyles } from './internal/confirm-dialog.js';
import { bankScreenStyles } from './internal/styles.js';
import { color, space, focusRing } from './internal/tokens.js';

/** `<bank-counter>`'s styles: the filters, the two tables, the pager and the reset question. */
export const bankCounterStyles = [
  bankScreenStyles,
  confirmDialogStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s} ${space.xl};
      margin: ${space.m} 0;
    }
    .filters .field {
      grid-template-columns: minmax(0, auto);
      min-width: 0;
      max-width: 100%;
    }
    select {
      font: inherit;
      padding: 0.35em 0.4em;
      border: 1px solid ${color.inputBorder};
      border-radius: 0.2em;
      min-width: 0;
      max-width: 100%;
    }
    select:focus-visible,
    .table-scroll:focus-visible {
      ${focusRing}
    }
    caption {
      text-align: left;
      font-weight: bold;
      padding: ${space.xs} 0;
    }
    td.failed {
      color: ${color.error};
    }
    /* A table cell, whatever the shared .actions class says. */
    td.actions {
      display: table-cell;
    }
    /* IDs, names, times and results stay on one line; a table scrolls sideways when narrow. */
    .nowrap {
      white-space: nowrap;
    }
    /* Eight columns, the bank's and the token's state side by side: a little less room between. */
    #customers th,
    #customers td {
      padding-inline: 0.45em;
    }
    #customers td.actions button {
      padding-inline: 0.8em;
    }
    #log tbody th {
      font-weight: normal;
    }
    #log td.operation {
      min-width: 9em;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      gap: ${space.s};
      align-items: center;
      margin: ${space.m} 0;
    }
    .pager p {
      margin: 0 ${space.s};
    }
    button[aria-disabled='true'] {
      color: #6b6b6b;
      border-color: #9a9a9a;
      cursor: not-allowed;
    }
  `,
];
