import { css } from 'lit';

/**
 * The design tokens: the colours and spacing the elements share, each a `--otp-*` custom property
 * whose default is written here and nowhere else. A page (or the shell's presenter mode) restyles
 * every element at once by setting one of them on an ancestor; custom properties inherit through
 * shadow roots.
 *
 * Each token is a `var(--otp-…, default)` for the elements' styles to interpolate
 * (`color: ${color.text}`), not a declaration on `:host`: a declaration there would override the
 * value a page set on an ancestor. Every element documents the tokens it reads (`@cssproperty`),
 * so custom-elements.json lists them. Colours only one element uses stay in that element's
 * `<tag>.styles.ts`, under its own `--<tag>-*` name where a page may change them.
 */

/** Colours. */
export const color = {
  /** Body text. */
  text: css`var(--otp-color-text, #1a1a1a)`,
  /** Hints, secondary text. */
  muted: css`var(--otp-color-muted, #4a4a4a)`,
  /** The bank's colour: headings' bar, primary buttons, links that act. */
  primary: css`var(--otp-color-primary, #0b5394)`,
  /** A light shade of the primary colour: notices, table headings. */
  primaryTint: css`var(--otp-color-primary-tint, #eef3f9)`,
  /** Background of a screen's title; the primary tint unless set. */
  headingBackground: css`var(--otp-color-heading-bg, var(--otp-color-primary-tint, #eef3f9))`,
  link: css`var(--otp-color-link, #0645ad)`,
  /** Refusals, invalid fields, destructive buttons, the practice mark. */
  error: css`var(--otp-color-error, #b00020)`,
  /** Behind a form-level refusal or a storage notice. */
  errorTint: css`var(--otp-color-error-tint, #fdecee)`,
  /** The focus ring. */
  focus: css`var(--otp-color-focus, #ffbf47)`,
  /** Backgrounds of screens, dialogs and panels. */
  background: css`var(--otp-color-bg, #fff)`,
  /** Text and icons on a coloured button or bar (primary, error, token accent). */
  onAccent: css`var(--otp-color-on-accent, #fff)`,
  /** Borders of inputs and selects. */
  inputBorder: css`var(--otp-color-input-border, #767676)`,
  /** Plain buttons. */
  buttonBorder: css`var(--otp-color-button-border, #555)`,
  buttonBackground: css`var(--otp-color-button-bg, #f4f4f4)`,
  /** Table cell borders and the footer's rule. */
  tableBorder: css`var(--otp-color-table-border, #b8c0cc)`,
  divider: css`var(--otp-color-divider, #ccc)`,
  /** The soft token's colour (the app's bar, the code's countdown), and what points at a token. */
  token: css`var(--otp-color-token, #00677f)`,
  /** The trainer's tools: their bar, and the customer box of the guided rehearsal. */
  trainerBackground: css`var(--otp-color-trainer-bg, #f3f1ea)`,
  trainerBorder: css`var(--otp-color-trainer-border, #c9c4b4)`,
  /** The guided rehearsal's bar. */
  guideBackground: css`var(--otp-color-guide-bg, #fdf0f5)`,
  guideBorder: css`var(--otp-color-guide-border, #e3bfd0)`,
};

/** Type. */
export const font = {
  /** The bank screens' base size (presenter mode enlarges it). */
  size: css`var(--otp-font-size, 1rem)`,
  /**
   * IDs, passwords and codes: ASCII, so a Latin monospace font by name before the generic one. The
   * generic `monospace` follows the page's language, and in a Japanese page it is a CJK font (on
   * Linux, Noto Sans Mono CJK: a 19 MB file that Chromium reads in, about 70 ms, the first time a
   * page uses it).
   */
  mono: css`var(--otp-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace)`,
};

/** Spacing, in `em` so it follows the text size (presenter mode). */
export const space = {
  xs: css`var(--otp-space-xs, 0.25em)`,
  s: css`var(--otp-space-s, 0.5em)`,
  m: css`var(--otp-space-m, 0.75em)`,
  l: css`var(--otp-space-l, 1em)`,
  xl: css`var(--otp-space-xl, 1.5em)`,
};

/**
 * What every button of the project has in common; each element adds its padding (and, for a
 * coloured button, its colours) after it. `em`, so a button grows with presenter mode's type.
 */
export const buttonShape = css`
  font: inherit;
  min-height: 2.5em;
  border-radius: 0.3em;
  color: inherit;
  cursor: pointer;
`;

/** A plain button: the shape, in the plain buttons' colours. */
export const buttonBase = css`
  ${buttonShape}
  border: 1px solid ${color.buttonBorder};
  background: ${color.buttonBackground};
`;

/** The keyboard focus ring every focusable control shows (`:focus-visible`). */
export const focusRing = css`
  outline: var(--otp-focus-width, 3px) solid ${color.focus};
  outline-offset: var(--otp-focus-offset, 2px);
`;
