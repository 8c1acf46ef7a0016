/** Collects latencies of one kind of request and reports their percentiles. */
export function createLatencies() {
  const samples: number[] = []
  return {
    async time<T>(task: () => Promise<T>): Promise<T> {
      const started = performance.now()
      try {
        return await task()
      } finally {
        samples.push(performance.now() - started)
      }
    },
    get count() {
      return samples.length
    },
    percentile(p: number): number {
      if (samples.length === 0) return 0
      const sorted = [...samples].sort((a, b) => a - b)
      return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    },
  }
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
