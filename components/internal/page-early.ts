/**
 * Imported first by the page's entry (main.ts), so that what the first screen waits for is on its
 * way while the rest of the page's code is still being evaluated: the demo's databases begin to
 * open (the shell's `startDemo()` takes them up), and a remembered language other than Japanese
 * begins to load (the shell's own load of it, once, takes it up).
 */
import { openDemoEarly } from '../../src/demo.js';
import { isLocale, loadMessages } from '../../src/i18n/index.js';
import { LOCALE_KEY, readStored } from './page-storage.js';

openDemoEarly();
// A failure here is said by the shell, whose own load of the language fails the same way.
const locale = readStored(() => localStorage, LOCALE_KEY);
if (isLocale(locale)) loadMessages(locale).catch(() => undefined);
