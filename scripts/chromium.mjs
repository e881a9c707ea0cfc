// Where Debian's Chromium is. No test tool may download a browser of its own.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every launch (tests, end-to-end, bench). As root Chromium needs --no-sandbox; the rest
 * keep it from reaching for the network (refused here) or doing work nobody measures.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function requireChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  console.error(
    `No Chromium at ${chromiumPath}. Browser tests run in Debian's Chromium:\n` +
      `  apt-get install -y chromium   (or set CHROME_PATH to a Chromium binary)`,
  );
  process.exit(1);
}
