/**
 * What the shell loads on demand for its first screen, and how it decides, shared with the page's
 * entry, which starts those loads before the shell's code is evaluated (page-early.ts).
 */
import { onFirstUse } from '../../src/lazy.js';
import { isTokenWindow } from '../../src/router.js';
import { readStored } from './page-storage.js';

/** Where the chosen language is remembered. */
export const LOCALE_KEY = 'otp-rehearsal-locale';
/** Set once a newcomer has closed the welcome (or chosen a way in): it is not shown again. */
export const WELCOME_SEEN_KEY = 'otp-rehearsal-welcome-seen';

/** The welcome's code: only a page that shows it (a first visit, or after a demo reset) fetches it. */
export const loadWelcome = onFirstUse(() => import('../rehearsal-welcome.js'));

/** Whether this visit greets a newcomer: nobody here has closed the welcome, and this is the bank's window. */
export const welcomeDue = () =>
  !isTokenWindow(window.location.hash) && !readStored(() => localStorage, WELCOME_SEEN_KEY);
