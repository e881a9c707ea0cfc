import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the build works from any folder of any static host.
  base: './',
  build: { target: 'es2022' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
