import { createHmac } from 'node:crypto'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { signToken, verifyToken } from './signedToken'

beforeEach(() => {
  vi.stubEnv('PAYLOAD_SECRET', 'a-test-secret-that-signs-sessions')
  vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') })
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

describe('signed tokens', () => {
  it('accepts its own token for the same scope, and the token fits in a URL path untouched', () => {
    const token = signToken('video:42')

    expect(verifyToken('video:42', token)).toBe(true)
    expect(encodeURIComponent(token)).toBe(token)
    expect(token).not.toContain('/')
  })

  it('lasts SIGNED_URL_SECONDS by default, then is refused', () => {
    vi.stubEnv('SIGNED_URL_SECONDS', '600')
    const token = signToken('video:42')

    vi.advanceTimersByTime(599_000)
    expect(verifyToken('video:42', token)).toBe(true)
    vi.advanceTimersByTime(1_000)
    expect(verifyToken('video:42', token)).toBe(false)
  })

  it('refuses a token whose signature or expiry was edited', () => {
    const token = signToken('video:42', 60)
    const [expiry, signature] = token.split('.')
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
    const lastFlipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`

    expect(verifyToken('video:42', `${expiry}.${flipped}`)).toBe(false)
    expect(verifyToken('video:42', `${expiry}.${lastFlipped}`)).toBe(false)
    expect(verifyToken('video:42', `${Number(expiry) + 86_400}.${signature}`)).toBe(false)
  })

  it('refuses a token made for another video', () => {
    expect(verifyToken('video:43', signToken('video:42'))).toBe(false)
    expect(verifyToken('video:4', signToken('video:42'))).toBe(false)
  })

  it('refuses tokens signed with another secret, or with the raw secret instead of the derived key', () => {
    const token = signToken('video:42')
    const expiry = token.split('.')[0]
    const rawSigned = `${expiry}.${createHmac('sha256', 'a-test-secret-that-signs-sessions').update(`video:42\n${expiry}`).digest('base64url')}`

    expect(verifyToken('video:42', rawSigned)).toBe(false)
    vi.stubEnv('PAYLOAD_SECRET', 'another-deployment')
    expect(verifyToken('video:42', token)).toBe(false)
  })

  it('refuses garbage', () => {
    const signature = signToken('video:42').split('.')[1]
    const garbage = [
      '',
      'garbage',
      '.',
      `.${signature}`,
      '1893456000.',
      `1893456000.${signature}x`,
      `-1.${signature}`,
      `1e12.${signature}`,
      `${signature}.1893456000`,
    ]

    for (const token of garbage) expect(verifyToken('video:42', token), token).toBe(false)
    expect(verifyToken('video:42', undefined as unknown as string)).toBe(false)
  })
})
