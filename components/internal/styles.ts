import { css } from 'lit';
import { buttonBase, color, focusRing, font, space } from './tokens.js';

/** Terms and their values in two columns: the account page, the rehearsal's summary. */
export const definitionListStyles = css`
  /* Term and value side by side; on a narrow screen the term wraps (at most half the width) and a
     long value breaks, rather than running off the screen's edge. */
  dl {
    display: grid;
    grid-template-columns: fit-content(50%) minmax(0, 1fr);
    gap: 0.4em ${space.xl};
    margin: ${space.l} 0;
  }
  dt {
    font-weight: bold;
  }
  dt,
  dd {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
  }
`;

/**
 * The fault notice's look (fault-notice.ts): a box in the refusals' colours, its message and the
 * reload button. Part of the bank screens' styles; other elements add it to theirs.
 */
export const faultNoticeStyles = css`
  .fault {
    border: 2px solid ${color.error};
    background: ${color.errorTint};
    padding: ${space.s} ${space.m};
    margin: ${space.s} 0;
  }
  .fault p {
    color: ${color.error};
    font-weight: bold;
    margin: 0 0 ${space.s};
  }
  .fault:focus {
    outline: 2px solid ${color.error};
    outline-offset: 2px;
  }
  .fault button {
    font: inherit;
    min-height: 2.5em;
    padding-inline: 1em;
    cursor: pointer;
  }
`;

/**
 * Styles shared by the bank screens, in the design tokens of tokens.ts (`--otp-*` custom
 * properties), so a host page (or presenter mode) can restyle every screen at once.
 */
export const bankScreenStyles = css`
  :host {
    display: block;
    color: ${color.text};
    font-size: ${font.size};
    line-height: 1.6;
  }
  h2,
  .title-row {
    font-size: 1.25em;
    margin: 0 0 ${space.m};
    padding: ${space.xs} ${space.s};
    border-left: 0.3em solid ${color.primary};
    background: ${color.headingBackground};
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
    gap: ${space.xs} ${space.l};
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
    margin: ${space.l} 0 ${space.s};
  }
  p {
    margin: 0.4em 0;
  }
  a {
    color: ${color.link};
  }
  form {
    display: grid;
    gap: 0.9em;
    margin: ${space.l} 0;
  }
  .field {
    display: grid;
    gap: ${space.xs};
  }
  label {
    font-weight: bold;
  }
  input {
    font: inherit;
    padding: 0.4em ${space.s};
    border: 1px solid ${color.inputBorder};
    border-radius: 0.2em;
    max-width: 20em;
    width: 100%;
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: ${color.error};
    border-width: 2px;
  }
  .hint {
    font-size: 0.9em;
    color: ${color.muted};
  }
  .error,
  .load-error {
    color: ${color.error};
    font-weight: bold;
    margin: 0;
  }
  .error:focus {
    outline: 2px solid ${color.error};
    outline-offset: 2px;
  }
  .form-error {
    border: 2px solid ${color.error};
    background: ${color.errorTint};
    padding: ${space.s} ${space.m};
  }
  .notice {
    border: 1px solid ${color.primary};
    background: ${color.primaryTint};
    padding: ${space.s} ${space.m};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${space.m};
    align-items: center;
  }
  button {
    ${buttonBase}
    padding: 0.45em 1.2em;
  }
  button.primary {
    background: ${color.primary};
    border-color: ${color.primary};
    color: ${color.onAccent};
    font-weight: bold;
  }
  /* Disabled while the bank answers what was sent (whileBusy): dimmed, so that the wait shows. */
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    ${focusRing}
  }
  /* A link that looks like the buttons beside it: it only navigates, so it stays a link. */
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.5em;
    box-sizing: border-box;
    padding: 0.45em 1.2em;
    border: 1px solid ${color.buttonBorder};
    border-radius: 0.25em;
    background: ${color.buttonBackground};
    color: inherit;
    text-decoration: none;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: auto;
    color: ${color.link};
    text-decoration: underline;
  }
  .keyboard-links {
    display: flex;
    flex-wrap: wrap;
    gap: ${space.s};
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
    gap: ${space.s} ${space.l};
    margin: 0 0 ${space.m};
  }
  footer {
    margin-top: 2em;
    padding-top: ${space.s};
    border-top: 1px solid ${color.divider};
    font-size: 0.85em;
    color: ${color.muted};
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
    border: 1px solid ${color.tableBorder};
    padding: 0.35em 0.6em;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: ${color.primaryTint};
  }
  td .cell-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  ${definitionListStyles}
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
    margin: ${space.l} 0;
  }
  ul.links li {
    margin: 0.3em 0;
  }
  .practice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${space.xs} ${space.s};
    margin: 0 0 ${space.m};
    padding: ${space.xs} ${space.s};
    background: #fff4e5;
    border: 1px solid #e8c9a0;
    font-size: 0.9em;
  }
  .practice-mark {
    background: ${color.error};
    color: ${color.onAccent};
    padding: 0.1em 0.6em;
    border-radius: 0.25em;
    white-space: nowrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${faultNoticeStyles}
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
