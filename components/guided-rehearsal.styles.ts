import { css } from 'lit';
import { definitionListStyles } from './internal/styles.js';
import { buttonBase, color, space, focusRing } from './internal/tokens.js';

/** The guided rehearsal's colour (its own knob, --guided-rehearsal-accent), and its halo. */
const accentDefault = css`#ad1457`;
const accentHalo = css`rgb(173 20 87 / 35%)`;
/** A hint after a mistake: an orange frame on a light orange ground. */
const hintLine = css`#e65100`;
const hintBackground = css`#fff3e0`;
/** Presenter mode: outlines a room can see, yellow between black lines. */
const presenterYellow = css`#ffde00`;

/** `<guided-rehearsal>`'s styles: the launcher bar, the panel while rehearsing, the outlines. */
export const guidedRehearsalStyles = css`
  :host {
    display: block;
    color: ${color.text};
    line-height: 1.6;
    --accent: var(--guided-rehearsal-accent, ${accentDefault});
  }
  .bar {
    background: ${color.guideBackground};
    border-bottom: 1px solid ${color.guideBorder};
  }
  h2 {
    margin: 0;
    font-size: 1em;
  }
  .panel {
    padding: 0 ${space.m} ${space.m};
  }
  button {
    ${buttonBase}
    padding: 0.3em 0.9em;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: ${color.onAccent};
    font-weight: bold;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  button:focus-visible,
  input:focus-visible,
  h2:focus-visible {
    ${focusRing}
  }
  h2[tabindex]:focus:not(:focus-visible) {
    outline: none;
  }
  p {
    margin: 0.4em 0;
  }
  fieldset {
    border: 1px solid ${color.trainerBorder};
    border-radius: 0.3em;
    margin: ${space.m} 0;
    padding: ${space.s} ${space.m};
  }
  legend {
    font-weight: bold;
    padding: 0 0.3em;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: ${space.s} ${space.xl};
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 ${space.s};
    align-items: baseline;
    align-content: start;
  }
  .choice input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
  }
  .choice label {
    font-weight: bold;
  }
  .description {
    grid-column: 2;
    margin: 0;
    font-size: 0.9em;
    color: ${color.muted};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${space.s};
    align-items: center;
    margin-top: 0.6em;
  }
  .problem {
    color: ${color.error};
    font-weight: bold;
  }
  .overlay {
    /* Private: how far the view switch reaches down (set on the overlay by OutlineController's measure). */
    --top-clear: 0px;
    position: fixed;
    z-index: 1000;
    box-sizing: border-box;
    width: min(27em, calc(100vw - 2rem));
    max-height: min(32em, calc(100vh - 2rem));
    overflow: auto;
    padding: 0.6em 0.9em 0.8em;
    background: ${color.background};
    border: 2px solid var(--accent);
    border-radius: 0.5em;
    box-shadow: 0 0.4em 1.4em rgb(0 0 0 / 30%);
  }
  /* A phone: at most 40% of the height, so that the middle of the screen stays clear for the
     control to use (the panel scrolls inside). */
  @media (max-width: 760px), (max-height: 600px) {
    .overlay {
      max-height: 40vh;
    }
  }
  .overlay[data-corner^='bottom'] {
    bottom: 1rem;
  }
  /* Below the view switch, where a phone-width screen has it (--top-clear, OutlineController). */
  .overlay {
    /* The element's own: set on the card itself from the view switch's height, not a knob. */
    --top-clear: 0px;
  }
  .overlay[data-corner^='top'] {
    top: calc(var(--top-clear) + 1rem);
  }
  .overlay[data-corner$='left'] {
    left: 1rem;
  }
  .overlay[data-corner$='right'] {
    right: 1rem;
  }
  .overlay-head {
    display: flex;
    gap: ${space.s};
    align-items: flex-start;
    justify-content: space-between;
  }
  .overlay h2 {
    font-size: 1.05em;
    color: var(--accent);
  }
  .overlay h3 {
    font-size: 1em;
    margin: 0.6em 0 0.2em;
  }
  .collapse {
    flex: none;
    min-height: 2em;
    padding: 0.1em 0.6em;
    font-size: 0.9em;
  }
  .customer {
    font-size: 0.9em;
    padding: 0.2em ${space.s};
    background: ${color.trainerBackground};
    border-radius: 0.2em;
  }
  .progress {
    font-size: 0.9em;
    color: ${color.muted};
  }
  .step-text {
    font-size: 1.15em;
    font-weight: bold;
  }
  .number {
    color: var(--accent);
    margin-inline-end: 0.2em;
  }
  .where {
    border-inline-start: 0.3em solid ${color.token};
    padding-inline-start: ${space.s};
  }
  .hint {
    margin-top: ${space.s};
    padding: 0.3em 0.6em 0.4em;
    border: 2px solid ${hintLine};
    border-radius: 0.3em;
    background: ${hintBackground};
  }
  .hint h3 {
    margin-top: 0;
  }
  ${definitionListStyles}
  dd {
    font-variant-numeric: tabular-nums;
  }
  .score {
    font-size: 1.4em;
    font-weight: bold;
    color: var(--accent);
  }
  ul {
    margin: 0.2em 0;
    padding-inline-start: 1.2em;
  }
  .outline {
    position: fixed;
    z-index: 999;
    box-sizing: border-box;
    pointer-events: none;
    border: 3px solid var(--accent);
    border-radius: 0.4em;
    box-shadow:
      0 0 0 3px ${color.background},
      0 0 0 7px ${accentHalo};
  }
  .outline.source {
    border-style: dashed;
    border-color: ${color.token};
    box-shadow: 0 0 0 3px ${color.background};
  }
  .badge {
    position: absolute;
    top: -0.95em;
    left: -0.7em;
    min-width: 1.4em;
    padding: 0 0.3em;
    border-radius: 1em;
    background: var(--accent);
    color: ${color.onAccent};
    font-weight: bold;
    text-align: center;
    line-height: 1.4;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Presenter mode: larger type, and an outline a room can see from the back. */
  :host([presenter]) {
    font-size: 1.35rem;
    --accent: #000;
  }
  :host([presenter]) .overlay {
    border-width: 4px;
    width: min(30em, calc(100vw - 2rem));
  }
  :host([presenter]) .outline {
    border: 6px solid #000;
    box-shadow:
      0 0 0 5px ${presenterYellow},
      0 0 0 10px #000;
  }
  :host([presenter]) .outline.source {
    border-style: dashed;
    box-shadow: 0 0 0 5px ${presenterYellow};
  }
  :host([presenter]) .badge {
    background: ${presenterYellow};
    color: #000;
    border: 2px solid #000;
  }
  @media (prefers-reduced-motion: no-preference) {
    .outline {
      transition:
        top 0.12s,
        left 0.12s,
        width 0.12s,
        height 0.12s;
    }
  }
  @media (forced-colors: active) {
    .outline {
      border-color: Highlight;
    }
  }
`;
