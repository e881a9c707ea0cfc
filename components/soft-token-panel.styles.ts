import { css } from 'lit';
import { faultNoticeStyles } from './internal/styles.js';
import { buttonShape, color, focusRing } from './internal/tokens.js';

/** `<soft-token-panel>`'s styles: the install buttons, the status line, the fault notice and the grid of tokens. */
export const softTokenPanelStyles = css`
  ${faultNoticeStyles}
  :host {
    display: block;
    color: ${color.text};
    line-height: 1.6;
  }
  aside {
    padding: 0.75rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.4rem;
  }
  p {
    margin: 0.4rem 0;
  }
  .install {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
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
    font-size: 0.9rem;
  }
  soft-token {
    scroll-margin-top: var(--soft-token-panel-scroll-margin, 0);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--soft-token-panel-min, 17rem)), 1fr));
    gap: 1.5rem 1rem;
    align-items: start;
  }
  .empty {
    color: ${color.muted};
  }
`;
