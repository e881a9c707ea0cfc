import { executeServerCommand } from '@web/test-runner-commands';

// Whatever a test file allowed or refused, the next one starts from Chromium's default.
after(() => executeServerCommand('clipboard-permission', 'reset'));

/**
 * Chromium's own clipboard for this page, allowed or refused through the DevTools protocol
 * (scripts/wtr-clipboard.mjs): a write really lands, a refusal is Chromium's NotAllowedError.
 * Allowing it also empties it, so that what a test reads back was written by the test.
 */
export async function allowClipboard(allowed: boolean): Promise<void> {
  await executeServerCommand('clipboard-permission', allowed ? 'granted' : 'denied');
  if (allowed) await navigator.clipboard.writeText('');
}

/** What the clipboard holds now (it must be allowed). */
export function clipboardText(): Promise<string> {
  return navigator.clipboard.readText();
}

/**
 * The page without the Clipboard API, as a page on plain http has none (not a secure context);
 * the test page is one. Returns the function that gives it back.
 */
export function withoutClipboardApi(): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  };
}
