import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tf from '@tensorflow/tfjs'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { notConfigured, nsfwAvailability, nsfwPrecheck } from './nsfw'

// Ordinary frames made here, so no imagery is kept in the repository. A threshold of 0 stands in for
// an NSFW frame: every score is ≥ 0, so the flag path runs on harmless pictures.
let dir: string
let landscape: string
let bars: string
let corrupt: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-nsfw-'))
  landscape = path.join(dir, 'preview-1.jpg')
  bars = path.join(dir, 'preview-2.jpg')
  corrupt = path.join(dir, 'preview-3.jpg')
  await sharp(gradient(640, 360), { raw: { channels: 3, height: 360, width: 640 } })
    .jpeg()
    .toFile(landscape)
  await sharp(colourBars(640, 360), { raw: { channels: 3, height: 360, width: 640 } })
    .jpeg()
    .toFile(bars)
  fs.writeFileSync(corrupt, 'not a jpeg')
})

afterAll(() => fs.rmSync(dir, { force: true, recursive: true }))

describe('nsfwPrecheck', () => {
  it('passes ordinary frames and names the one that scored highest', async () => {
    const result = await nsfwPrecheck([landscape, bars])

    expect(result).toMatchObject({ check: 'nsfw', status: 'ok' })
    expect(result.score).toBeGreaterThanOrEqual(0)
    expect(result.score).toBeLessThan(0.6)
    expect(['preview-1.jpg', 'preview-2.jpg']).toContain(result.frame)
    expect(result.message).toMatch(
      new RegExp(`^No NSFW content detected \\(max \\d\\.\\d\\d on ${result.frame}\\)$`),
    )
    const labels = result.labels ?? {}
    expect(Object.keys(labels).sort()).toEqual(['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'])
    expect(Object.values(labels).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3)
    expect(result.score).toBeCloseTo(labels.Hentai + labels.Porn + labels.Sexy, 6)
  })

  it('disposes every tensor it creates', async () => {
    await nsfwPrecheck([landscape])
    const before = tf.memory().numTensors
    await nsfwPrecheck([landscape, bars])
    expect(tf.memory().numTensors).toBe(before)
  })

  it('flags a frame at or above the threshold', async () => {
    const result = await nsfwPrecheck([landscape], { threshold: 0 })

    expect(result).toMatchObject({ frame: 'preview-1.jpg', status: 'flagged' })
    expect(result.message).toMatch(
      /^Possible NSFW content on preview-1\.jpg \(\d\.\d\d, threshold 0\)$/,
    )
  })

  it('reports a missing or corrupt frame as an error naming the file', async () => {
    const missing = path.join(dir, 'preview-9.jpg')

    const alone = await nsfwPrecheck([missing])
    expect(alone.status).toBe('error')
    expect(alone.message).toMatch(/^Could not read preview-9\.jpg \(/)

    const mixed = await nsfwPrecheck([landscape, corrupt])
    expect(mixed).toMatchObject({ frame: 'preview-1.jpg', status: 'error' })
    expect(mixed.message).toMatch(
      /^Could not read preview-3\.jpg \(.+\); the other frames scored at most \d\.\d\d$/,
    )
  })

  it('keeps a flag when another frame cannot be read', async () => {
    const result = await nsfwPrecheck([corrupt, landscape], { threshold: 0 })

    expect(result.status).toBe('flagged')
    expect(result.message).toMatch(/; 1 other frame\(s\) could not be read$/)
  })

  it('reports an empty frame list as an error', async () => {
    expect(await nsfwPrecheck([])).toMatchObject({
      message: 'No preview frames to check',
      status: 'error',
    })
  })

  it('reports a model that fails to load as an error result', async () => {
    vi.resetModules()
    // tfjs's wasm start rejects with a plain object, not an Error.
    vi.doMock('./nsfwClassifier', () => ({
      nsfwClassifier: () => Promise.reject({ message: 'no wasm binary' }),
    }))
    try {
      const { nsfwPrecheck: precheck } = await import('./nsfw')
      expect(await precheck([landscape])).toMatchObject({
        check: 'nsfw',
        message: 'NSFW model failed to load: no wasm binary',
        status: 'error',
      })
    } finally {
      vi.doUnmock('./nsfwClassifier')
      vi.resetModules()
    }
  })
})

describe('NSFW_MODEL=off', () => {
  const saved = process.env.NSFW_MODEL
  afterEach(() => {
    if (saved === undefined) delete process.env.NSFW_MODEL
    else process.env.NSFW_MODEL = saved
  })

  it('reports the check as not configured without loading anything', async () => {
    process.env.NSFW_MODEL = 'off'

    expect(await nsfwPrecheck([landscape])).toEqual({
      check: 'nsfw',
      message: 'NSFW model not configured (NSFW_MODEL=off)',
      status: 'not_configured',
    })
    expect(nsfwAvailability()).toEqual({ available: false, reason: 'NSFW_MODEL=off' })
  })

  it('is available otherwise', () => {
    expect(nsfwAvailability()).toMatchObject({
      available: true,
      model: expect.stringContaining('MobileNetV2'),
    })
  })
})

describe('notConfigured', () => {
  it('gives checks without a model the same shape', () => {
    expect(notConfigured('speech', 'No speech-to-text server configured')).toEqual({
      check: 'speech',
      message: 'No speech-to-text server configured',
      status: 'not_configured',
    })
  })
})

/** Sky blue at the top fading to grass green at the bottom. */
function gradient(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    const t = y / (height - 1)
    const rgb = [135 * (1 - t) + 60 * t, 190 * (1 - t) + 140 * t, 235 * (1 - t) + 50 * t]
    for (let x = 0; x < width; x++) pixels.set(rgb.map(Math.round), (y * width + x) * 3)
  }
  return pixels
}

/** Eight vertical colour bars, like a test card. */
function colourBars(width: number, height: number): Buffer {
  const colours = [
    [255, 255, 255],
    [255, 255, 0],
    [0, 255, 255],
    [0, 255, 0],
    [255, 0, 255],
    [255, 0, 0],
    [0, 0, 255],
    [0, 0, 0],
  ]
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      pixels.set(colours[Math.floor((x * colours.length) / width)], (y * width + x) * 3)
  }
  return pixels
}
