/** The time source of every deadline and schedule check, replaced by a fake clock in tests. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()
