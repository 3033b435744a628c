import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * Process boundaries, enforced rather than remembered:
 * - renderer/ runs in a sandboxed page: no Node builtins, no electron, no runtime code from db/ or
 *   core/ (types of the API contract only, via `import type`).
 * - db/ and core/ are shared by the desktop shell, browser mode and the CLI: no electron, no renderer.
 * - db/ sits below core/: it never imports core/.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node builtins.' })), { name: 'electron', message: 'The renderer talks to the shell only through the preload API.' }],
          patterns: [
            { group: ['**/db/**', '**/db'], message: 'The renderer never imports db/ code.' },
            { regex: '(^|/)core/(?!api/)', message: 'The renderer imports only the API contract types from core/api/.' },
            { regex: '(^|/)core/api/', allowTypeImports: true, message: 'Only types may be imported from the API contract (use `import type`).' },
            { group: ['**/electron/**'], message: 'The renderer never imports the desktop shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts', 'core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'db/ and core/ run outside Electron too (CLI, browser mode): no electron.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'db/ and core/ never import UI code.' },
            { group: ['**/electron/**'], message: 'db/ and core/ never import the desktop shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**'], message: 'db/ sits below core/ and never imports it.' }] }],
    },
  },
);
