import { describe, expect, it } from 'vitest'

import { hlsCodecs, masterPlaylist } from './masterPlaylist'

describe('masterPlaylist', () => {
  it('lists each variant with its bandwidth, size, codecs and frame rate, pointing at a relative playlist', () => {
    const text = masterPlaylist([
      {
        averageBandwidth: 900_000,
        bandwidth: 1_000_000.4,
        codecs: hlsCodecs(30, true),
        frameRate: 30,
        height: 360,
        uri: '360p/index.m3u8',
        width: 640,
      },
      {
        bandwidth: 3_000_000,
        codecs: hlsCodecs(31, true),
        frameRate: 29.97,
        height: 720,
        uri: '720p/index.m3u8',
        width: 1280,
      },
    ])
    expect(text).toBe(
      [
        '#EXTM3U',
        '#EXT-X-VERSION:3',
        '#EXT-X-INDEPENDENT-SEGMENTS',
        '#EXT-X-STREAM-INF:BANDWIDTH=1000000,AVERAGE-BANDWIDTH=900000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2",FRAME-RATE=30.000',
        '360p/index.m3u8',
        '#EXT-X-STREAM-INF:BANDWIDTH=3000000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",FRAME-RATE=29.970',
        '720p/index.m3u8',
        '',
      ].join('\n'),
    )
  })

  it('leaves out audio codecs for a silent video and the frame rate when unknown', () => {
    const text = masterPlaylist([
      {
        bandwidth: 1,
        codecs: hlsCodecs(40, false),
        frameRate: 0,
        height: 1080,
        uri: '1080p/index.m3u8',
        width: 1920,
      },
    ])
    expect(text).toContain(
      '#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1920x1080,CODECS="avc1.640028"\n',
    )
  })
})
