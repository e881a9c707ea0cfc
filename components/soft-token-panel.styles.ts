import { css } from 'lit';
import { faultNoticeStyles } from './internal/styles.js';
import { buttonShape, color, focusRing, font } from './internal/tokens.js';

/** `<soft-token-panel>`'s styles: the install buttons, the status line, the fault notice and the grid of tokens. */
export const softTokenPanelStyles = css`
  ${faultNoticeStyles}
  /* In em, so that the panel follows --otp-font-size (presenter mode) as the bank does. */
  :host {
    display: block;
    color: ${color.text};
    font-size: ${font.size};
    line-height: 1.6;
  }
  aside {
    padding: 0.75em;
  }
  h2 {
    font-size: 1.2em;
    margin: 0 0 0.33em;
  }
  p {
    margin: 0.4em 0;
  }
  .install {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0;
  }
  button {
    ${buttonShape}
    padding: 0.35em 0.9em;
    border: 1px solid ${color.primary};
    background: ${color.background};
    color: ${color.primary};
    font-weight: bold;
    max-width: 100%;
    text-align: start;
    /* Break Japanese between words (インストール stays whole), not inside them. */
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  button:focus-visible {
    ${focusRing}
  }
  .status {
    min-height: 1.6em;
    font-size: 0.9em;
  }
  soft-token {
    scroll-margin-top: var(--soft-token-panel-scroll-margin, 0);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--soft-token-panel-min, 17em)), 1fr));
    gap: 1.5em 1em;
    align-items: start;
  }
  .empty {
    color: ${color.muted};
  }
  /* As the bank screens say a part that could not be fetched. */
  .load-error {
    color: ${color.error};
    font-weight: bold;
  }
`;
