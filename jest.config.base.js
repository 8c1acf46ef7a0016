// Shared jest settings: Payload and Apollo ship ESM, so tests run as native ESM through @swc/jest.
export default {
  testEnvironment: 'node',
  // Same resolution as the services (see .npmrc): Lexical's plain ESM build, not its top-level-await wrapper.
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'production'] },
  setupFiles: [new URL('./jest.setup.js', import.meta.url).pathname],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
}
