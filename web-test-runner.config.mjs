// Browser tests run in Debian's Chromium (or CHROME_PATH); no test tool downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { clipboardPermissionPlugin } from './scripts/wtr-clipboard.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // esbuild must read tsconfig, or it ignores experimentalDecorators (TOOLCHAIN.md).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    clipboardPermissionPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNT_FILE)],
  testFramework: { config: { timeout: 10000 } },
};
