// Rules that catch bugs, not style: the type checker's view of promises and unused code, the rules of
// hooks, and the direction of imports (shared code never reaches into a page).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pages = { group: ['**/pages', '**/pages/**'], message: 'Shared code must not import a page: move what both need to lib/ or components/.' };
const components = { group: ['**/components/**'], message: 'lib/ and api/ hold no UI: move the helper out of the component.' };
const lib = { group: ['**/lib/**'], message: 'api/ is the bottom layer: it describes the server and uses nothing of the app.' };
// Outside api/, the server is reached only through its typed endpoint functions (types from the OpenAPI document).
const http = {
  group: ['**/api/client', '**/api/endpoint'],
  importNames: ['api', 'request', 'withQuery', 'call', 'urlOf'],
  message: 'Call a typed endpoint function of src/api/ (add one there for a new route), not a URL.',
};
const urlCalls = [
  { selector: "CallExpression[callee.object.name='api']", message: http.message },
  { selector: "CallExpression[callee.name='fetch']", message: http.message },
  { selector: 'Literal[value=/^\\/api\\//]', message: http.message },
  { selector: 'TemplateElement[value.raw=/^\\/api\\//]', message: http.message },
];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'src/api/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // React ignores what an event handler returns; our async handlers catch their own errors (useSubmit).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Props declare callbacks with method syntax (`onPage(page: number): void`) and never use `this`.
      '@typescript-eslint/unbound-method': 'off',
      // The React Compiler's rules: the app is not compiled by it, and what they flag here is correct without
      // it (a ref that holds the latest callback, state reset when a key changes), at the cost of a render.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  // Imports point down: pages → components → lib → api.
  {
    files: ['src/**'],
    ignores: ['src/api/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [http] }], 'no-restricted-syntax': ['error', ...urlCalls] },
  },
  { files: ['src/components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [pages, http] }] } },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': ['error', { patterns: [pages, components, http] }] } },
  { files: ['src/api/**'], rules: { 'no-restricted-imports': ['error', { patterns: [pages, components, lib] }] } },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
);
