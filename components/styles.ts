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
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.75em;
    padding: 0.25em 0.5em;
    border-left: 0.3em solid var(--otp-color-primary, #0b5394);
    background: var(--otp-color-heading-bg, #eef3f9);
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
  .error {
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
  h2 {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  .guide-link {
    font-size: 0.75em;
    font-weight: normal;
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
  td.actions {
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
