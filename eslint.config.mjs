// One linter for the whole repository: typescript-eslint's recommended rules everywhere,
// React hooks rules for the mini-program, no console output outside scripts, the layering of
// the code (scripts/eslint/module-boundaries.mjs) and, with type information, no forgotten
// promise in server, shared and config.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import zhengmin from './scripts/eslint/module-boundaries.mjs'

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // shared imports nothing of server, config or miniapp; a server module uses another only
    // through its index.ts; routes import no model.
    files: ['shared/src/**/*.ts', 'server/src/**/*.ts'],
    plugins: { zhengmin },
    rules: { 'zhengmin/module-boundaries': 'error' },
  },
  {
    // Type-aware rules where a forgotten await loses errors or writes: the server and the
    // packages it runs. The mini-program is left out to keep linting quick.
    files: ['server/src/**/*.ts', 'shared/src/**/*.ts', 'config/src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // The privacy corpora reproduce how citizens type, ideographic spaces (U+3000) included,
    // in strings and template literals alike.
    files: ['shared/src/privacy/corpus*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'scripts/**',
      '.ci/**',
      'test/bench/**',
      'server/src/cli/**',
      '**/*.config.{js,cjs,mjs,ts}',
      'miniapp/config/**',
    ],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
)
