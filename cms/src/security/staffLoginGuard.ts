import { sharedBackoff, type BackoffLimit, type LimiterStore } from '@caunoi/platform'
import type { Redis } from 'ioredis'

/**
 * Backoffs against guessing staff passwords, in place of Payload's account lock (which anyone
 * who knows an e-mail could trigger, the super-admin's included).
 */
export type StaffLoginLimits = {
  /** One client on one account: a few typos, then a wait doubled with each further failure. */
  perClientAndAccount: BackoffLimit
  /** One account across clients: a higher ceiling with short waits, so its owner is never shut out for long. */
  perAccount: BackoffLimit
  /** One client across accounts (trying one password on many e-mails). */
  perClient: BackoffLimit
}

export const DEFAULT_STAFF_LOGIN_LIMITS: StaffLoginLimits = {
  perClientAndAccount: { freeAttempts: 5, firstDelaySeconds: 5, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 },
  perAccount: { freeAttempts: 20, firstDelaySeconds: 1, maxDelaySeconds: 30, windowSeconds: 3600 },
  perClient: { freeAttempts: 30, firstDelaySeconds: 5, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 },
}

/** Who is logging in: the client (null when the CMS cannot tell clients apart) and the e-mail typed. */
export type LoginAttempt = { client: string | null; account: string }

/**
 * The counters of staff logins; `store` (Redis) shares them across CMS instances. Accounts are
 * keyed by the e-mail as typed (normalized), whether or not it exists, so counts reveal nothing.
 */
export function createStaffLoginGuard(limits: StaffLoginLimits = DEFAULT_STAFF_LOGIN_LIMITS, store?: LimiterStore) {
  const perPair = sharedBackoff('login:client-account', limits.perClientAndAccount, store)
  const perAccount = sharedBackoff('login:account', limits.perAccount, store)
  const perClient = sharedBackoff('login:client', limits.perClient, store)
  const pair = ({ client, account }: LoginAttempt & { client: string }) => `${client}|${account}`

  return {
    /**
     * Seconds this attempt must wait (0: it may go ahead). A client asking again during its own
     * wait counts as failing once more (the wait doubles); an account's wait is never lengthened
     * by refused attempts, only by wrong passwords.
     */
    async waitBeforeLogin(attempt: LoginAttempt): Promise<number> {
      if (attempt.client !== null) {
        const key = { ...attempt, client: attempt.client }
        const own = Math.max(await perPair.waitLeft(pair(key)), await perClient.waitLeft(attempt.client))
        if (own > 0) {
          const [again, across] = await Promise.all([perPair.fail(pair(key)), perClient.fail(attempt.client)])
          return Math.max(own, again, across)
        }
      }
      return perAccount.waitLeft(attempt.account)
    },

    /** Counts a failed login (wrong password or unknown e-mail alike). */
    async recordFailure(attempt: LoginAttempt): Promise<void> {
      const { client } = attempt
      await Promise.all([
        perAccount.fail(attempt.account),
        ...(client === null ? [] : [perPair.fail(pair({ ...attempt, client })), perClient.fail(client)]),
      ])
    },

    /** A successful login: this client's failures on this account are forgotten. */
    async recordSuccess(attempt: LoginAttempt): Promise<void> {
      if (attempt.client !== null) await perPair.reset(pair({ ...attempt, client: attempt.client }))
    },

    /** Releases the Redis connection, if any. */
    close: async (): Promise<void> => {
      await (store?.redis as Redis | undefined)?.quit().catch(() => undefined)
    },
  }
}

export type StaffLoginGuard = ReturnType<typeof createStaffLoginGuard>
