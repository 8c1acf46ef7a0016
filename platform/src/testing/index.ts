// Test support for every package's suites.
export { startFakeOtlpCollector, type CollectedSpan, type FakeOtlpCollector } from './fakeOtlpCollector.ts'
export { abandonRaw, multipartForm, rawRequestBytes, sendRaw, type FormFile, type RawAnswer } from './rawHttp.ts'
