import { describe, expect, it } from 'vitest'

import { planLadder } from './ladder'

const sizes = (width: number, height: number, frameRate = 30) =>
  planLadder({ frameRate, height, width }).map((r) => `${r.name} ${r.width}x${r.height}`)

describe('planLadder', () => {
  it('gives a 1080p source three rungs, a 720p source two, and never a rung above the source', () => {
    expect(sizes(1920, 1080)).toEqual(['360p 640x360', '720p 1280x720', '1080p 1920x1080'])
    expect(sizes(1280, 720)).toEqual(['360p 640x360', '720p 1280x720'])
    expect(sizes(1000, 562)).toEqual(['360p 640x360'])
    expect(sizes(3840, 2160)).toEqual(['360p 640x360', '720p 1280x720', '1080p 1920x1080'])
  })

  it('gives a source below 360p one rung at its own size, with even dimensions', () => {
    expect(sizes(426, 240)).toEqual(['240p 426x240'])
    expect(sizes(321, 241)).toEqual(['240p 320x240'])
  })

  it('keeps the aspect ratio with even widths, and steps a portrait video by its short side', () => {
    expect(sizes(1920, 800)).toEqual(['360p 864x360', '720p 1728x720'])
    expect(sizes(1440, 1080)).toEqual(['360p 480x360', '720p 960x720', '1080p 1440x1080'])
    expect(sizes(1080, 1920)).toEqual(['360p 360x640', '720p 720x1280', '1080p 1080x1920'])
  })

  it('spends more bits on bigger rungs, caps the peak, and gives AAC 96–128 kbit/s', () => {
    const rungs = planLadder({ frameRate: 30, height: 1080, width: 1920 })
    const bitrates = rungs.map((r) => r.videoBitrate)
    expect(bitrates).toEqual([...bitrates].sort((a, b) => a - b))
    for (const r of rungs) {
      expect(r.maxrate).toBeGreaterThan(r.videoBitrate)
      expect(r.maxrate).toBeLessThanOrEqual(r.videoBitrate * 1.5)
      expect(r.bufsize).toBeGreaterThanOrEqual(r.maxrate)
      expect(r.audioBitrate).toBeGreaterThanOrEqual(96_000)
      expect(r.audioBitrate).toBeLessThanOrEqual(128_000)
    }
  })

  it('declares the H.264 level the size and frame rate need', () => {
    expect(planLadder({ frameRate: 30, height: 1080, width: 1920 }).map((r) => r.level)).toEqual([
      30, 31, 40,
    ])
    expect(planLadder({ frameRate: 60, height: 1080, width: 1920 }).map((r) => r.level)).toEqual([
      31, 32, 42,
    ])
  })

  it('brings a high frame rate down to an even fraction of it, at most 60', () => {
    expect(planLadder({ frameRate: 120, height: 720, width: 1280 })[0].frameRate).toBe(60)
    expect(planLadder({ frameRate: 100, height: 720, width: 1280 })[0].frameRate).toBe(50)
    expect(planLadder({ frameRate: 29.97, height: 720, width: 1280 })[0].frameRate).toBe(29.97)
  })
})
