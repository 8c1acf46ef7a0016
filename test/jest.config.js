import base from '../jest.config.base.js'

// End-to-end suites start whole services: run files one at a time on a 2-core machine.
export default {
  ...base,
  testMatch: ['**/e2e/**/*.test.ts', '**/boot/**/*.test.ts'],
  maxWorkers: 1,
  testTimeout: 60_000,
}
