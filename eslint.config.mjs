// ESLint flat config: typescript-eslint type-checked rules plus the boundaries of ../shared/STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const frameworkImports = [
  {
    group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bull', '@nestjs/bull', 'express', 'pg'],
    message: 'domain/ is pure TypeScript: no framework, ORM or queue imports.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      '.data/**',
      'web/src/api/schema.d.ts',
      'test-output/**',
      'eslint.config.mjs',
      'jest.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/config only.' },
      ],
    },
  },
  {
    // Decorator metadata needs runtime imports of the classes used as parameter types.
    files: [
      'src/**/*.controller.ts',
      'src/**/*.service.ts',
      'src/**/*.module.ts',
      'src/**/*.processor.ts',
      'src/**/*.guard.ts',
      'src/**/*.filter.ts',
      'src/**/*.indicator.ts',
      'src/**/*.entity.ts',
      'src/**/*.dto.ts',
      'src/**/*.repository.ts',
      'src/**/*.controller.ts',
      'src/**/*.interceptor.ts',
      'src/**/*.middleware.ts',
      'src/**/*.subscriber.ts',
      'src/**/*.runner.ts',
      'seeds/**/*.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['src/config/**/*.ts', 'test/**/*.ts', 'test/bench/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ takes time as a parameter: no new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes time as a parameter: no Date.now().',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.db-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
    },
  },
  {
    // The web app (web/tsconfig.json, found by the project service): browser code, React hooks.
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-properties': 'off',
    },
  },
  {
    files: ['web/vite.config.mts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './web/tsconfig.node.json' },
    },
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Build scripts in plain JavaScript (Node), outside any tsconfig.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-properties': 'off' },
  },
  prettier,
);
