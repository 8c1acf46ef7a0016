// Test support for every package's suites.
export { startFakeOtlpCollector, type CollectedSpan, type FakeOtlpCollector } from './fakeOtlpCollector.ts'
