// A Web Test Runner command for the element tests: the page's clipboard permission, granted or
// denied through the DevTools protocol, so the Clipboard API they exercise is Chromium's own
// (a real grant to write and read back, a real NotAllowedError), never a stand-in.
//
//   await executeServerCommand('clipboard-permission', 'granted' | 'denied' | 'reset')
// `reset` drops the override: Chromium's default again, for the next test file.

/** Clipboard permissions as Chromium names them in the DevTools protocol. */
const CLIPBOARD = [{ name: 'clipboard-read' }, { name: 'clipboard-write', allowWithoutSanitization: false }];

export function clipboardPermissionPlugin() {
  return {
    name: 'otp-rehearsal:clipboard-permission',
    async executeCommand({ command, payload, session }) {
      if (command !== 'clipboard-permission') return undefined;
      if (!['granted', 'denied', 'reset'].includes(payload)) {
        throw new Error(`clipboard-permission: expected granted, denied or reset, got ${payload}`);
      }
      const page = session.browser.getPage(session.id);
      if (payload === 'reset') {
        await page.browserContext().clearPermissionOverrides();
        return true;
      }
      const origin = new URL(page.url()).origin;
      await page
        .browserContext()
        .setPermission(origin, ...CLIPBOARD.map((permission) => ({ permission, state: payload })));
      return true;
    },
  };
}
