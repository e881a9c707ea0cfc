// Lint: TypeScript, Lit templates, web-component and Lit accessibility rules.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'test-results/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Domain code touches no DOM and imports nothing from components/ (DESIGN.md).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/components/**', 'lit', 'lit/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'sessionStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Read time from src/clock.ts.' },
      ],
    },
  },
  {
    files: ['src/clock.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
