/// <reference types="node" />
/**
 * package.json as the package is meant to be used (issue 12): published, not private; only the
 * built library, its licence and its README in it; each element, the two all-in-one files and the
 * manifest reachable through "exports" (test/e2e/library.test.ts packs and installs it for real).
 * And a clean first install (issue 13): a decision in "allowScripts" for every package of the
 * lockfile that has an install script, so that `npm ci` has none left to warn about.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('package.json', () => {
  it('is publishable: not private, named, versioned, licensed with the licence text beside it', () => {
    expect(pkg).not.toHaveProperty('private');
    expect(pkg.name).toBe('otp-rehearsal');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(existsSync(join(ROOT, 'README.md'))).toBe(true);
  });

  it('ships the built library only, and builds it before packing', () => {
    expect(pkg.files).toEqual(['dist-lib']);
    expect((pkg.scripts as Record<string, string>).prepack).toBe('npm run build:lib');
    expect(pkg.customElements).toBe('dist-lib/custom-elements.json');
    expect(pkg.exports).toMatchObject({
      './bundle': { default: './dist-lib/otp-rehearsal.js' },
      './classic': './dist-lib/otp-rehearsal.classic.js',
      './custom-elements.json': './dist-lib/custom-elements.json',
    });
  });
});

describe('install scripts', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
  };
  const allowScripts = (pkg.allowScripts ?? {}) as Record<string, boolean>;
  /** A package's name from its path in the lockfile: the part after the last node_modules/. */
  const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const withScripts = Object.entries(lock.packages)
    .filter(([path, entry]) => path && entry.hasInstallScript)
    .map(([path, entry]) => ({ name: nameOf(path), version: entry.version }));

  it('are decided for every package of the lockfile that has one, by name (any version)', () => {
    expect(withScripts.map(({ name }) => name)).toContain('esbuild');
    for (const { name, version } of withScripts) {
      expect(allowScripts, `${name}@${version}: no decision in package.json "allowScripts"`).toHaveProperty([
        name,
      ]);
    }
  });

  it('are all denied: esbuild and rs-module-lexer work from their platform packages without them', () => {
    // Their scripts only check or link the platform binary the lockfile installs anyway, or fetch
    // one from the network when it is missing: nothing a reproducible, offline install wants.
    expect(allowScripts).toEqual({ esbuild: false, 'rs-module-lexer': false });
  });
});
