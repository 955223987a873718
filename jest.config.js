// Jest on Node 20 cannot load the ESM-only NestJS 12 packages unless swc compiles them
// (../shared/STACK.md), hence the transformIgnorePatterns allow-list.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@seriousme|file-type|strtok3|token-types|@tokenizer|uint8array-extras|load-esm)/)',
  ],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata', '<rootDir>/test/setup/quiet-nest-logger.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  // Generous: a test app (clone of the template database, Nest boot, seeds) took over 30 s to start
  // in a beforeAll on a 2-core machine that was running other builds and browsers at the time.
  // Time limits of the product itself are in benchmarks, never here.
  testTimeout: 90000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'db',
      testMatch: ['<rootDir>/src/**/*.db-spec.ts', '<rootDir>/seeds/**/*.db-spec.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // The web app: serving, build checks, and Chromium journeys (skipped, saying so, without
    // Chromium). Needs `npm run build` (API and web) first, as npm test does.
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
