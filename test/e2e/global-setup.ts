/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp } from './build-app.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    /** dist/otp-rehearsal.html of this build: the whole app in one file, for file:// (offline.test.ts). */
    singleFile: string;
  }
}

let server: PreviewServer | undefined;
let distDir: string | undefined;

/**
 * Builds the app for production as `npm run build` does (the hosted build, then the single file beside
 * it) and serves that build on 127.0.0.1 for the whole run.
 */
export async function setup(project: TestProject) {
  distDir = mkdtempSync(join(tmpdir(), 'otp-rehearsal-e2e-'));
  await buildApp(distDir);
  server = await preview({
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its URL');
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  project.provide('singleFile', join(distDir, 'otp-rehearsal.html'));
}

export async function teardown() {
  await server?.close();
  if (distDir) rmSync(distDir, { recursive: true, force: true });
}
