import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '@caunoi/platform'
import { readQuizzesConfig } from '../src/config.ts'

describe('quizzes configuration', () => {
  it('listens on 4004 with leaderboards in the database unless REDIS_URL is set', () => {
    expect(readQuizzesConfig({ NODE_ENV: 'test' })).toEqual({
      port: 4004,
      host: '127.0.0.1',
      redisUrl: undefined,
      redisKeyPrefix: 'caunoi:',
    })
    expect(
      readQuizzesConfig({
        NODE_ENV: 'test',
        QUIZZES_PORT: '0',
        REDIS_URL: 'redis://127.0.0.1:6379/2',
        QUIZZES_REDIS_PREFIX: 'hn:',
      }),
    ).toMatchObject({ port: 0, redisUrl: 'redis://127.0.0.1:6379/2', redisKeyPrefix: 'hn:' })
  })

  it('names the variable that is wrong', () => {
    expect(() => readQuizzesConfig({ NODE_ENV: 'test', REDIS_URL: 'localhost:6379' })).toThrow(ConfigError)
    expect(() => readQuizzesConfig({ NODE_ENV: 'test', REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/)
    expect(() => readQuizzesConfig({ NODE_ENV: 'test', QUIZZES_PORT: 'bốn nghìn' })).toThrow(/QUIZZES_PORT/)
  })
})
