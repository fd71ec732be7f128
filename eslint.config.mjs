import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const noDom = { group: ['react', 'react-dom', 'next', 'next/*', 'zustand'], message: 'lib/ is pure: no UI here.' };
const noNode = { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Runs in the browser too: take files through an interface.' };
const noTf = { group: ['@tensorflow/*'], message: 'Only lib/sim (and workers/, bin/) may use tfjs.' };

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.scratch/**'] },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Name what a module exports; no `export *`.' },
        {
          selector: "CallExpression[callee.object.name=/^(test|it|describe)$/][callee.property.name='only']",
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  // Pure core: lib/hydra, lib/igm, lib/workspace, lib/runs and lib/plots see neither the DOM, Node, nor tfjs; lib/sim may use tfjs.
  {
    files: ['lib/hydra/**/*.ts', 'lib/igm/**/*.ts', 'lib/workspace/**/*.ts', 'lib/runs/**/*.ts', 'lib/plots/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDom, noNode, noTf] }] },
  },
  {
    files: ['lib/sim/**/*.ts', 'lib/io/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDom, noNode] }] },
  },
  {
    files: ['lib/store/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noTf] }] },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ['e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noTf] }] },
  },
];

export default config;
