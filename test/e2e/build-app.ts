/// <reference types="node" />
import { build, type PluginOption } from 'vite';

/**
 * Builds the app for production into `outDir` as `npm run build` does: the hosted build, then the
 * single file beside it (whose build writes the service worker last, listing it too). `plugins`
 * join both builds (a test's way to make a build that differs).
 */
export async function buildApp(outDir: string, plugins: PluginOption[] = []): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite's build honours NODE_ENV: it would make a development bundle
  // (Lit in dev mode, import.meta.env.PROD false, so no service worker). Build what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', plugins, build: { outDir, emptyOutDir: true } });
    await build({ mode: 'singlefile', logLevel: 'warn', plugins, build: { outDir } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
