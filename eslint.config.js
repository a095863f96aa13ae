import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const crossModule = (pattern) => ({
  selector: `ImportDeclaration[source.value=${pattern}]`,
  message: 'Use another module only through its index.ts (STYLE.md 1).',
});

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', crossModule('/modules\\/[a-z-]+\\/(?!index\\.js$)[^/]+$/')],
    },
  },
  {
    files: ['src/modules/**/*.ts', 'src/modules/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', crossModule('/^\\.\\.\\/[a-z-]+\\/(?!index\\.js$)[^/]+$/')] },
  },
);
