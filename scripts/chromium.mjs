// Where Debian's Chromium is. No test tool may download a browser of its own.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function requireChromium() {
  if (existsSync(chromiumPath)) return chromiumPath;
  console.error(
    `No Chromium at ${chromiumPath}. Browser tests run in Debian's Chromium:\n` +
      `  apt-get install -y chromium   (or set CHROME_PATH to a Chromium binary)`,
  );
  process.exit(1);
}
