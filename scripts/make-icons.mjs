// Renders public/icon.svg to the PNG icons in public/ with Debian's Chromium. The PNGs are committed;
// run this again (`node scripts/make-icons.mjs`) only after changing the SVG. Needs fonts-noto-cjk for 練.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from './chromium.mjs';

const publicDir = join(import.meta.dirname, '..', 'public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');

// name, size, background under the SVG's rounded corners (iOS rounds apple-touch-icon itself, and
// would fill transparency with black, so that one gets the icon's own blue).
const ICONS = [
  { name: 'icon-192.png', size: 192, background: 'transparent' },
  { name: 'icon-512.png', size: 512, background: 'transparent' },
  { name: 'apple-touch-icon.png', size: 180, background: '#0b5394' },
];

const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: ['--headless=new', ...chromiumArgs],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const sized = svg.replace(/width="512" height="512"/, `width="${icon.size}" height="${icon.size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:${icon.background}}svg{display:block}</style>${sized}`,
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({
      path: join(publicDir, icon.name),
      omitBackground: icon.background === 'transparent',
    });
    await page.close();
    console.log(`public/${icon.name} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
