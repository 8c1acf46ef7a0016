import { describe, expect, it } from '@jest/globals'
import { sharedFreshReads } from '../src/index.ts'

/** A read the test finishes by hand, recording which key it was started for. */
function controlledReads() {
  const started: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = []
  const read = (key: string) =>
    new Promise<string>((resolve, reject) => {
      started.push({ key, resolve, reject })
    })
  return { started, read }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('sharedFreshReads', () => {
  it('starts a read at once when none of that key is in flight, and never answers from an old one', async () => {
    const { started, read } = controlledReads()
    const get = sharedFreshReads(read, (key: string) => key)
    const first = get('00004')
    expect(started).toHaveLength(1)
    started[0]!.resolve('v1')
    await expect(first).resolves.toBe('v1')
    await settle()

    const second = get('00004')
    expect(started).toHaveLength(2)
    started[1]!.resolve('v2')
    await expect(second).resolves.toBe('v2')
  })

  it('gives callers arriving during a read one shared read that starts after it', async () => {
    const { started, read } = controlledReads()
    const get = sharedFreshReads(read, (key: string) => key)
    const early = get('00004')
    const late = [get('00004'), get('00004'), get('00004')]
    // The late callers must not join the read in flight: it may have started before they asked.
    expect(started).toHaveLength(1)
    started[0]!.resolve('before')
    await expect(early).resolves.toBe('before')
    await settle()
    expect(started).toHaveLength(2)
    started[1]!.resolve('after')
    await expect(Promise.all(late)).resolves.toEqual(['after', 'after', 'after'])
    expect(started).toHaveLength(2)
  })

  it('keeps keys apart: a read of one place never waits for another', () => {
    const { started, read } = controlledReads()
    const get = sharedFreshReads(read, (key: string) => key)
    void get('00004')
    void get('00070')
    expect(started.map((s) => s.key)).toEqual(['00004', '00070'])
  })

  it('fails only the callers of a failed read; the callers after it get a read of their own', async () => {
    const { started, read } = controlledReads()
    const get = sharedFreshReads(read, (key: string) => key)
    const failing = get('00004')
    const waiting = get('00004')
    started[0]!.reject(new Error('connection lost'))
    await expect(failing).rejects.toThrow('connection lost')
    await settle()
    expect(started).toHaveLength(2)
    started[1]!.resolve('recovered')
    await expect(waiting).resolves.toBe('recovered')
  })
})
