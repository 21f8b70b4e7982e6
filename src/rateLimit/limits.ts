/** Every rate limit Prism enforces, by name: the env variable that sets it and its default. */
const settings = {
  /** Comments posted from one client address. */
  comments: { default: '5/600', env: 'RATE_LIMIT_COMMENTS' },
  /** Form submissions from one client address. */
  forms: { default: '5/600', env: 'RATE_LIMIT_FORMS' },
  /** Logins to one account from one client address (wrong ones; a success clears it). */
  loginAccount: { default: '5/900', env: 'RATE_LIMIT_LOGIN_ACCOUNT' },
  /** Logins to any account from one client address. */
  loginAddress: { default: '30/900', env: 'RATE_LIMIT_LOGIN_ADDRESS' },
  /** Password attempts on one video from one client address. */
  videoPassword: { default: '10/900', env: 'RATE_LIMIT_VIDEO_PASSWORD' },
} as const

export type RateLimitName = keyof typeof settings

export const rateLimitNames = Object.keys(settings) as RateLimitName[]

/** Environment variables, as `process.env` holds them. */
export type Env = Record<string, string | undefined>

/** At most `max` hits per `windowSeconds` (a fixed window that starts with the first hit). */
export type RateLimit = { max: number; windowSeconds: number }

/** A window never outlives the day the store keeps its rows. */
export const MAX_WINDOW_SECONDS = 24 * 60 * 60

/** The limit named `name`: `<max>/<seconds>` from its env variable or the default; `null` when set to `off`. */
export function rateLimitOf(name: RateLimitName, vars: Env = process.env): null | RateLimit {
  const { default: fallback, env } = settings[name]
  const value = (vars[env] || fallback).trim()
  if (value === 'off') return null
  const match = /^(\d+)\/(\d+)$/.exec(value)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`${env} must be <max>/<seconds> (such as ${fallback}) or off, not "${value}".`)
  return { max: Number(match[1]), windowSeconds: Math.min(Number(match[2]), MAX_WINDOW_SECONDS) }
}
