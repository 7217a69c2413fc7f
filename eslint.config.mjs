import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', '**/*.cjs', '**/*.js', 'libs/clients/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain ESM scripts of the tools (those that load ESM-only packages) run on Node.
  { files: ['tools/**/*.mjs'], languageOptions: { globals: { process: 'readonly', structuredClone: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|describe|test)$/]', message: 'every test must run' },
      ],
    },
  },
  {
    // SQL lives in persistence/ adapters only: use cases, controllers, consumers and the domain go through ports.
    files: ['services/*/src/*/{application,http,domain,consumers}/**/*.ts', 'libs/*/src/*/{application,http,domain,consumers}/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|describe|test)$/]', message: 'every test must run' },
        { selector: "CallExpression[callee.property.name='query']", message: 'SQL belongs in a persistence/ adapter behind a port' },
        { selector: "CallExpression[callee.property.name='getRepository']", message: 'data access belongs in a persistence/ adapter behind a port' },
      ],
    },
  },
  {
    // An event's data type is derived from its schema (EventData<typeof Contract>), never written beside it.
    files: ['libs/contracts/src/*/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSInterfaceDeclaration', message: 'derive event data types from the schema: export type XV1 = EventData<typeof X>' },
        { selector: "CallExpression[callee.name='defineEvent'][typeArguments]", message: 'defineEvent takes its type from the schema' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
