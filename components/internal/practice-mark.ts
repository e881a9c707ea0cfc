import { html } from 'lit';
import type { Locale, Messages } from '../../src/i18n/index.js';

// The practice mark (練習用デモ and the "not a real bank" line) on every bank screen, so that
// neither the screen nor a screenshot of it can pass for a real bank's page (DESIGN.md). A screen
// shows it whatever page it is placed in, and nothing an embedder sets hides it: there is no
// attribute, property, slot or CSS part for it. The one exception is a page of ours that shows
// the mark itself right above the screen (the app's bank window): there the screen leaves it out
// rather than show it twice. That page says so by registering its shadow root here, which the
// package does not export; a screen from another copy of the package does not find it and shows
// the mark a second time, never none.

/** The shadow roots that show the practice mark above every bank screen they hold. */
const markedRoots = new WeakSet<ShadowRoot>();

/** Declares that `root` shows the practice mark above the bank screens it holds (the app's). */
export function showsPracticeMark(root: ShadowRoot) {
  markedRoots.add(root);
}

/** Whether a page of ours around `element` already shows the practice mark above it. */
export function practiceMarkShownAround(element: Element): boolean {
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    if (markedRoots.has(root)) return true;
    root = root.host.getRootNode();
  }
  return false;
}

/**
 * The badge and the line, in the screen's language: a band above the screen (its styles are the
 * bank screens', styles.ts), the badge in the colour of a warning, the line beside it.
 */
export function practiceMarkTemplate(messages: Messages, locale: Locale) {
  return html`<p class="practice" lang=${locale}>
    <strong class="practice-mark">${messages.common.practiceMark}</strong>
    <span class="practice-notice">${messages.common.practiceNotice}</span>
  </p>`;
}
