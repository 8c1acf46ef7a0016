// Test support for every package's suites: a real Payload on a throwaway database.
export {
  createTestCms,
  freshDatabaseUrl,
  testDialect,
  TEST_POSTGRES_SERVER,
  type TestCms,
  type TestDialect,
} from './testDatabase.ts'
export { serveCmsRestApi } from './restApi.ts'
