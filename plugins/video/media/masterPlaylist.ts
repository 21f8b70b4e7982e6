/** One `#EXT-X-STREAM-INF` entry of a master playlist. */
export type MasterPlaylistVariant = {
  /** Mean bits per second over the whole rendition. */
  averageBandwidth?: number
  /** Peak bits per second of any one segment, as RFC 8216 defines BANDWIDTH. */
  bandwidth: number
  /** RFC 6381 codecs, e.g. `avc1.64001f,mp4a.40.2`. */
  codecs: string
  /** Omitted when 0 (unknown). */
  frameRate: number
  height: number
  /** Relative to the master playlist: `720p/index.m3u8`. */
  uri: string
  width: number
}

/**
 * The master playlist, written here rather than by ffmpeg's `-master_pl_name`, which the static
 * ffmpeg shipped on npm (2018) crashes on. Variants keep the given order; players such as Safari
 * start with the first one, so list the smallest first for a fast start.
 */
export function masterPlaylist(variants: MasterPlaylistVariant[]): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-INDEPENDENT-SEGMENTS']
  for (const v of variants) {
    const attributes = [
      `BANDWIDTH=${Math.round(v.bandwidth)}`,
      ...(v.averageBandwidth ? [`AVERAGE-BANDWIDTH=${Math.round(v.averageBandwidth)}`] : []),
      `RESOLUTION=${v.width}x${v.height}`,
      `CODECS="${v.codecs}"`,
      ...(v.frameRate > 0 ? [`FRAME-RATE=${v.frameRate.toFixed(3)}`] : []),
    ]
    lines.push(`#EXT-X-STREAM-INF:${attributes.join(',')}`, v.uri)
  }
  return `${lines.join('\n')}\n`
}

/** RFC 6381 codecs of an H.264 High profile stream at `level` (level_idc, 31 = 3.1), with AAC-LC audio when present. */
export function hlsCodecs(level: number, withAudio: boolean): string {
  const video = `avc1.6400${level.toString(16).padStart(2, '0')}`
  return withAudio ? `${video},mp4a.40.2` : video
}
