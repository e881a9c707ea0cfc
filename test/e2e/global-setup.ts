/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: PreviewServer | undefined;
let distDir: string | undefined;

/** Builds the app for production and serves that build on 127.0.0.1 for the whole run. */
export async function setup(project: TestProject) {
  distDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-e2e-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  server = await preview({
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its URL');
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
}

export async function teardown() {
  await server?.close();
  if (distDir) rmSync(distDir, { recursive: true, force: true });
}
