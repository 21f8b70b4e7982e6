// Only what `transcodeToHls` writes: `360p` … `2160p` (smaller sources get one rung at their own size),
// `index.m3u8` and `seg-000.ts` (ffmpeg's `%03d`, longer past 999 segments).
const renditionName = /^\d{2,4}p$/
const renditionFile = /^(index\.m3u8|seg-\d{3,6}\.ts)$/

/**
 * The path under a video's folder of an HLS file named in a stream URL (`hls/master.m3u8`,
 * `hls/720p/seg-001.ts`), or null for any other name: nothing else in the folder (the original,
 * a stray file) is reachable through the stream endpoints, whatever the name's encoding.
 */
export function hlsPath(file: string, rendition?: string): null | string {
  if (rendition === undefined) return file === 'master.m3u8' ? 'hls/master.m3u8' : null
  return renditionName.test(rendition) && renditionFile.test(file)
    ? `hls/${rendition}/${file}`
    : null
}
