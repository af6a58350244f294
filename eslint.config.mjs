// Lint rules double as architecture rules: each folder may only reach the layers it is allowed to.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const officeGlobals = [
  { name: 'Office', message: 'Only src/word/ and src/simulator/ may touch Office.' },
  { name: 'Word', message: 'Only src/word/ and src/simulator/ may touch Word.' },
];
const domGlobals = ['window', 'document', 'navigator', 'localStorage'].map((name) => ({
  name,
  message: 'The engine is pure: no DOM.',
}));

export default tseslint.config(
  { ignores: ['dist/**', '.cli-build/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/engine/**', 'src/playbook/**', 'src/review/**', 'src/ooxml/**', 'src/negotiation/**'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals, ...domGlobals],
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', '**/word/**', '**/simulator/**', '**/taskpane/**', '**/cli/**', 'fs', 'node:*'] }],
    },
  },
  {
    // The engine is the bottom layer: it reads contracts and knows nothing of playbooks or review plans.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/playbook/**', '**/review/**', '**/docx/**', '**/host/**', 'react', '@fluentui/*', '**/word/**', 'node:*', 'fs'] }],
    },
  },
  {
    // index.tsx is the composition root: it alone builds the Word host and hands it down.
    files: ['src/taskpane/**', 'src/host/**', 'src/cli/**'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals],
      'no-restricted-imports': ['error', { patterns: ['**/word/**'] }],
    },
  },
  {
    // The .docx package code is loaded by the task pane and the workbench too: no Node module may reach it, and it
    // never calls up into the command line (src/cli/ holds the Node `review` and `analyze` commands).
    files: ['src/docx/**'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals, ...domGlobals, { name: 'process', message: 'src/docx/ is browser-safe: no Node globals.' }, { name: 'Buffer', message: 'src/docx/ is browser-safe: use Uint8Array.' }],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'fs/*', 'path', 'os', 'worker_threads', 'child_process', '**/cli/**', '**/word/**', '**/taskpane/**', 'react', 'react-dom', '@fluentui/*'] }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/workbench/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
