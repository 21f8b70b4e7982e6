import { describe, expect, it } from 'vitest'

import { originalKey, tierKey, type VideoTier } from './storageKeys'

describe('tierKey', () => {
  it('puts a key under its tier', () => {
    expect(tierKey('staging', 'videos', '12', 'hls/720p/seg-001.ts')).toBe(
      'staging/videos/12/hls/720p/seg-001.ts',
    )
  })

  it('refuses unknown tiers and the parts storage refuses', () => {
    expect(() => tierKey('public' as VideoTier, 'videos')).toThrow(/Unknown storage tier/)
    expect(() => tierKey('delivery', 'videos', '12', '..', 'secret')).toThrow(/Invalid storage key/)
    expect(() => tierKey('delivery', 'videos', '', 'master.m3u8')).toThrow(/a part is empty/)
  })
})

describe('originalKey', () => {
  it('keeps only a lower-case extension of the uploaded name', () => {
    expect(originalKey('archive', 'f1', 'Holiday.MP4')).toBe('archive/videos/f1/original.mp4')
    expect(originalKey('staging', 'f1', 'clip.m$p4')).toBe('staging/videos/f1/original.mp4')
  })
})
