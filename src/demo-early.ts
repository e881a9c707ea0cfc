/**
 * Imported first by the page's entry (main.ts): begins to open the demo's databases while the rest
 * of the page's code is still being evaluated. The shell's `openDemo()` takes them up.
 */
import { openDemoEarly } from './demo.js';

openDemoEarly();
