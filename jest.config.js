// Jest runs TypeScript through SWC (no TypeScript JS API, so it survives compiler upgrades).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '\\.txt$': '<rootDir>/test/support/rawTextTransform.js',
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(diff)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'txt'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
};
