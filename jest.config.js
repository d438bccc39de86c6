const { jestModuleNameMapper } = require('./config/aliases');

const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }],
};
const common = { transform, moduleNameMapper: jestModuleNameMapper(), testEnvironment: 'node' };

module.exports = {
  // A loaded 2-core CI machine runs two workers; handler tests that seed a shop and render codes need headroom.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'domain', testMatch: ['<rootDir>/src/domain/**/*.test.ts'] },
    {
      ...common,
      displayName: 'functions',
      testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/cloudfunctions/**/*.test.ts', '<rootDir>/src/contracts/**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/e2e/', '/tests/weapp/'],
    },
    // The real mini program: dist/weapp, built once for the project, run in WeChat's runtime and its component
    // renderer (tests/weapp/support).
    { ...common, displayName: 'weapp', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'], globalSetup: '<rootDir>/tests/weapp/support/build-weapp.ts' },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], slowTestThreshold: 120 },
  ],
};
