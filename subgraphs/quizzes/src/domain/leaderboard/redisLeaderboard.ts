import type { Logger } from '@caunoi/platform'
import type { Redis } from 'ioredis'
import type { BestResult, LeaderboardRow, LeaderboardStore } from './leaderboardStore.ts'
import { scopesOf } from './leaderboardStore.ts'
import { rankingMember, rankingScore } from './rankingScore.ts'

/**
 * Keeps a participant's result only if it beats the stored one, atomically: moves the member between
 * scope boards when their locality changed, and stores the row shown on the board.
 * KEYS[1] entries hash, KEYS[2..] boards; ARGV member, ranking score, row JSON.
 */
const RECORD_BEST = `
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous then
  local old = cjson.decode(previous)
  if tonumber(old.rank) <= tonumber(ARGV[2]) then return 0 end
  for _, key in ipairs(old.boards) do redis.call('ZREM', key, ARGV[1]) end
end
for i = 2, #KEYS do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`

type StoredEntry = LeaderboardRow & { rank: number; boards: string[] }

type RedisWithRecord = Redis & {
  recordBest(entries: string, ...rest: (string | number)[]): Promise<number>
}

/**
 * Leaderboards in Redis sorted sets, one per quiz and scope (national, province, commune). A quiz's
 * boards are rebuilt from the database on first read, so a flushed Redis heals itself.
 */
export function createRedisLeaderboard(
  redis: Redis,
  prefix: string,
  database: LeaderboardStore & { allBest(quizId: number): Promise<BestResult[]> },
  logger: Logger,
): LeaderboardStore {
  if (!('recordBest' in redis)) {
    redis.defineCommand('recordBest', { lua: RECORD_BEST })
  }
  const client = redis as RedisWithRecord
  // The hash tag keeps a quiz's keys in one cluster slot, as the script needs.
  const quizKey = (quizId: number) => `${prefix}{quiz:${quizId}}`
  const boardKey = (quizId: number, scope: string | null) => `${quizKey(quizId)}:board:${scope ?? 'all'}`

  function record(best: BestResult) {
    const boards = scopesOf(best).map((scope) => boardKey(best.quizId, scope))
    const rank = rankingScore(best.score, best.durationMs)
    const { participantId, localityCode, score, maxScore, durationMs } = best
    const entry: StoredEntry = { participantId, localityCode, score, maxScore, durationMs, rank, boards }
    return client.recordBest(
      String(boards.length + 1),
      `${quizKey(best.quizId)}:entries`,
      ...boards,
      rankingMember(participantId),
      rank,
      JSON.stringify(entry),
    )
  }

  async function topFromRedis(quizId: number, scopeCode: string | null, first: number): Promise<LeaderboardRow[]> {
    await ensureLoaded(quizId)
    const members = await redis.zrange(boardKey(quizId, scopeCode), '0', String(first - 1))
    if (members.length === 0) return []
    const values = await redis.hmget(`${quizKey(quizId)}:entries`, ...members)
    return values
      .filter((value): value is string => value !== null)
      .map((value) => {
        const { participantId, localityCode, score, maxScore, durationMs } = JSON.parse(value) as StoredEntry
        return { participantId, localityCode, score, maxScore, durationMs }
      })
  }

  async function ensureLoaded(quizId: number) {
    const loadedKey = `${quizKey(quizId)}:loaded`
    if (await redis.exists(loadedKey)) return
    // Recording is idempotent and keeps the better result, so racing loaders and submissions agree.
    for (const best of await database.allBest(quizId)) await record(best)
    await redis.set(loadedKey, new Date().toISOString())
  }

  // The database stays the source of truth: Redis failing must not fail a citizen's submission or
  // a leaderboard read. A board that missed a result is rebuilt on the next read once Redis is back.
  return {
    async record(best) {
      try {
        await record(best)
      } catch (error) {
        logger.warn({ err: error, quizId: best.quizId }, 'leaderboard not updated in Redis; it will be rebuilt')
        await redis.del(`${quizKey(best.quizId)}:loaded`).catch(() => undefined)
      }
    },
    async top(quizId, scopeCode, first) {
      try {
        return await topFromRedis(quizId, scopeCode, first)
      } catch (error) {
        logger.warn({ err: error, quizId }, 'leaderboard read from the database: Redis unavailable')
        return database.top(quizId, scopeCode, first)
      }
    },
  }
}
