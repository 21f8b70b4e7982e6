import type { Video } from '../../payload-types'
import type { VideoProbe } from './media/probe'

/** The part of a probe a video document keeps (its `Source` group), written at upload and again by the worker. */
export const probeData = (probe: VideoProbe): NonNullable<Video['probe']> => ({
  audioCodec: probe.audioCodec,
  bitRate: probe.bitRate,
  container: probe.container,
  durationSeconds: probe.durationSeconds,
  height: probe.height,
  videoCodec: probe.videoCodec,
  width: probe.width,
})
