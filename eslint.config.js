// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers import one way: shared pieces → features → app; build-time code stays out of the browser. */
const layerZones = [
  // Isomorphic code depends on nothing else in src.
  { target: './src/shared', from: ['./src/lib', './src/content', './src/store', './src/components', './src/features', './src/app', './src/node'], message: 'src/shared is isomorphic: it imports nothing else from src.' },
  // Shared browser pieces never reach up into features or the app.
  { target: ['./src/lib', './src/content', './src/store', './src/components'], from: ['./src/features', './src/app', './src/node'], message: 'Shared pieces must not import features, the app, or build-time code.' },
  // Features stand alone: only the app composes them.
  ...['library', 'reader', 'glossary', 'bookmarks', 'progress', 'search', 'settings', 'offline'].map((name) => ({
    target: `./src/features/${name}`,
    from: ['./src/features', './src/app', './src/node'],
    except: [`./${name}`],
    message: 'Features do not import each other or the app; compose them in src/app.',
  })),
  { target: './src/app', from: './src/node', message: 'Browser code must not import build-time (Node) code.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
