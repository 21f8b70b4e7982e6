import type { VideoProbe } from './probe'

/** One HLS rendition: an H.264 + AAC encode at one size. */
export type Rung = {
  /** AAC, bits per second. */
  audioBitrate: number
  /** x264 VBV buffer, bits. */
  bufsize: number
  /** 0 when the source does not say; the rendition then keeps the source's timing. */
  frameRate: number
  height: number
  /** H.264 `level_idc` (31 = level 3.1): the lowest level that holds the size and frame rate. */
  level: number
  /** x264 VBV peak, bits per second. */
  maxrate: number
  /** Folder and label, after the short side: `720p` (also for a portrait 720×1280). */
  name: string
  /** x264 average target, bits per second. */
  videoBitrate: number
  width: number
}

/** Short side → bits at up to 30 fps, close to the usual streaming ladders (Apple's HLS authoring spec). */
const standardRungs = [
  { audioBitrate: 96_000, short: 360, videoBitrate: 800_000 },
  { audioBitrate: 128_000, short: 720, videoBitrate: 2_800_000 },
  { audioBitrate: 128_000, short: 1080, videoBitrate: 5_000_000 },
]

/** Above this the rungs drop to an even fraction of the source rate (120 → 60, 100 → 50). */
const maxFrameRate = 60

/**
 * The renditions for a source: 360p, 720p and 1080p, by the short side so a portrait phone video
 * gets the same quality steps as a landscape one, none larger than the source. A source smaller
 * than 360p gets one rung at its own size.
 */
export function planLadder(probe: Pick<VideoProbe, 'frameRate' | 'height' | 'width'>): Rung[] {
  const frameRate =
    probe.frameRate > maxFrameRate
      ? probe.frameRate / Math.ceil(probe.frameRate / maxFrameRate)
      : probe.frameRate
  // Motion at 50/60 fps needs about half as many bits again for the same look.
  const rateFactor = frameRate > 31 ? 1.5 : 1
  const short = Math.min(probe.width, probe.height)
  const fitting = standardRungs.filter((r) => r.short <= short)
  if (fitting.length === 0) {
    const width = floorEven(probe.width)
    const height = floorEven(probe.height)
    const share = (width * height) / (640 * 360)
    return [
      rung(
        `${Math.min(width, height)}p`,
        width,
        height,
        frameRate,
        Math.round(standardRungs[0].videoBitrate * share * rateFactor),
        64_000,
      ),
    ]
  }
  return fitting.map(({ audioBitrate, short: side, videoBitrate }) => {
    const long = even((side * Math.max(probe.width, probe.height)) / short)
    const [width, height] = probe.width >= probe.height ? [long, side] : [side, long]
    return rung(`${side}p`, width, height, frameRate, videoBitrate * rateFactor, audioBitrate)
  })
}

function rung(
  name: string,
  width: number,
  height: number,
  frameRate: number,
  videoBitrate: number,
  audioBitrate: number,
): Rung {
  return {
    name,
    audioBitrate,
    bufsize: videoBitrate * 2,
    frameRate,
    height,
    level: h264Level(width, height, frameRate || 30),
    maxrate: Math.round(videoBitrate * 1.2),
    videoBitrate,
    width,
  }
}

/** H.264 Annex A limits: macroblocks per frame and per second (3.0 is the floor every player decodes). */
const levels = [
  { frame: 1_620, level: 30, perSecond: 40_500 },
  { frame: 3_600, level: 31, perSecond: 108_000 },
  { frame: 5_120, level: 32, perSecond: 216_000 },
  { frame: 8_192, level: 40, perSecond: 245_760 },
  { frame: 8_704, level: 42, perSecond: 522_240 },
  { frame: 22_080, level: 50, perSecond: 589_824 },
  { frame: 36_864, level: 51, perSecond: 983_040 },
  { frame: 36_864, level: 52, perSecond: 2_073_600 },
]

function h264Level(width: number, height: number, frameRate: number): number {
  const macroblocks = Math.ceil(width / 16) * Math.ceil(height / 16)
  const fit = levels.find((l) => macroblocks <= l.frame && macroblocks * frameRate <= l.perSecond)
  return (fit ?? levels[levels.length - 1]).level
}

function even(value: number): number {
  return Math.max(2, Math.round(value / 2) * 2)
}

function floorEven(value: number): number {
  return Math.max(2, Math.floor(value / 2) * 2)
}
