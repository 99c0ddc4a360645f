import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'build/',
      '__tests__/fixtures/',
      'src/policy/schema-validator.js',
      'src/policy/schema-validator.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'rollup.config.mjs'],
    languageOptions: {
      globals: { performance: 'readonly', setTimeout: 'readonly' },
    },
  },
);
