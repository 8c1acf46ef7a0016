// Test support for every package's suites.
export { startFakeOtlpCollector, type CollectedSpan, type FakeOtlpCollector } from './fakeOtlpCollector.ts'
export { gatewayHeaders, requestFromGateway, TEST_CLAIMS_SECRET, type TestCaller } from './gatewayClaims.ts'
export { abandonRaw, multipartForm, rawRequestBytes, sendRaw, type FormFile, type RawAnswer } from './rawHttp.ts'
