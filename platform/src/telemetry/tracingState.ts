let started = false

/** Called once the SDK is registered; before that, request handling skips every tracing step. */
export function markTracingStarted(): void {
  started = true
}

/** Whether this process exports traces: checked once per server, not per request. */
export function isTracing(): boolean {
  return started
}
