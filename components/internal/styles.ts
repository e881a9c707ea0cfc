import { css } from 'lit';

/**
 * Styles shared by the bank screens. Design tokens are `--otp-*` custom properties with these
 * defaults, so a host page (or presenter mode) can restyle every screen at once.
 */
export const bankScreenStyles = css`
  :host {
    display: block;
    color: var(--otp-color-text, #1a1a1a);
    font-size: var(--otp-font-size, 1rem);
    line-height: 1.6;
  }
  h2,
  .title-row {
    font-size: 1.25em;
    margin: 0 0 0.75em;
    padding: 0.25em 0.5em;
    border-left: 0.3em solid var(--otp-color-primary, #0b5394);
    background: var(--otp-color-heading-bg, #eef3f9);
  }
  /* The heading and このページのご利用ガイド side by side in one band, wrapping on narrow screens;
     the link stays outside the h2 so that the heading's accessible name is the title alone. */
  .title-row,
  .trail-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
  }
  .title-row {
    gap: 0.25em 1em;
  }
  .title-row h2 {
    font-size: 1em;
    margin: 0;
    padding: 0;
    border: none;
    background: none;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.5em;
  }
  p {
    margin: 0.4em 0;
  }
  a {
    color: var(--otp-color-link, #0645ad);
  }
  form {
    display: grid;
    gap: 0.9em;
    margin: 1em 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: bold;
  }
  input {
    font: inherit;
    padding: 0.4em 0.5em;
    border: 1px solid #767676;
    border-radius: 0.2em;
    max-width: 20em;
    width: 100%;
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: var(--otp-color-error, #b00020);
    border-width: 2px;
  }
  .hint {
    font-size: 0.9em;
    color: var(--otp-color-muted, #4a4a4a);
  }
  .error,
  .load-error {
    color: var(--otp-color-error, #b00020);
    font-weight: bold;
    margin: 0;
  }
  .error:focus {
    outline: 2px solid var(--otp-color-error, #b00020);
    outline-offset: 2px;
  }
  .form-error {
    border: 2px solid var(--otp-color-error, #b00020);
    background: #fdecee;
    padding: 0.5em 0.75em;
  }
  .notice {
    border: 1px solid var(--otp-color-primary, #0b5394);
    background: #eef3f9;
    padding: 0.5em 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  button {
    font: inherit;
    padding: 0.45em 1.2em;
    border-radius: 0.25em;
    border: 1px solid #555;
    background: #f4f4f4;
    color: inherit;
    cursor: pointer;
    min-height: 2.5em;
  }
  button.primary {
    background: var(--otp-color-primary, #0b5394);
    border-color: var(--otp-color-primary, #0b5394);
    color: #fff;
    font-weight: bold;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--otp-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  /* A link that looks like the buttons beside it: it only navigates, so it stays a link. */
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.5em;
    box-sizing: border-box;
    padding: 0.45em 1.2em;
    border: 1px solid #555;
    border-radius: 0.25em;
    background: #f4f4f4;
    color: inherit;
    text-decoration: none;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: auto;
    color: var(--otp-color-link, #0645ad);
    text-decoration: underline;
  }
  .keyboard-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.9em;
  }
  /* The keyboard is a modal dialog: its element takes no room in the password field's grid. */
  software-keyboard {
    display: contents;
  }
  .guide-link {
    font-size: 0.75em;
  }
  /* The S screens: the trail with the guide link on its line, as the bank's guide shows them. */
  .trail-row {
    gap: 0.5em 1em;
    margin: 0 0 0.75em;
  }
  footer {
    margin-top: 2em;
    padding-top: 0.5em;
    border-top: 1px solid #ccc;
    font-size: 0.85em;
    color: var(--otp-color-muted, #4a4a4a);
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.95em;
  }
  th,
  td {
    border: 1px solid #b8c0cc;
    padding: 0.35em 0.6em;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: #eef3f9;
  }
  td .cell-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4em 1.5em;
    margin: 1em 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  ul.steps {
    list-style: none;
    padding: 0;
  }
  ul.steps li {
    margin: 0.4em 0;
  }
  ul.notes,
  ul.links {
    list-style: none;
    padding: 0;
    margin: 1em 0;
  }
  ul.links li {
    margin: 0.3em 0;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * A disclosure's toggle as a full-width bar heading, `<h2 class="disclosure"><button
 * aria-expanded>`: the trainer's tools, the guided rehearsal, and the shell's stand-ins for them
 * until their code has loaded, which must look the same.
 */
export const disclosureBarStyles = css`
  h2.disclosure {
    margin: 0;
    padding: 0;
    border: none;
    background: none;
    font-size: 1em;
  }
  h2.disclosure button {
    font: inherit;
    font-weight: bold;
    width: 100%;
    min-height: 2.5em;
    padding: 0.3em 0.8em;
    text-align: start;
    border: none;
    border-radius: 0;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  /* The arrow is decoration: the empty alternative text keeps it out of the button's name. */
  h2.disclosure button::before {
    content: '▸ ' / '';
  }
  h2.disclosure button[aria-expanded='true']::before {
    content: '▾ ' / '';
  }
`;
