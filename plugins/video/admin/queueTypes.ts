import type { PrecheckResult } from '@/src/inference/precheckResult'

/** A pending video as the moderation queue shows it (plain data: it crosses to the browser). */
export type QueueVideo = {
  description: null | string
  filesize: null | number
  id: number
  prechecks: PrecheckResult[]
  /** Preview frames: `n` (1-based) addresses `/api/videos/<id>/previews/<n>`; `file` is what a pre-check names as its `frame`. */
  previews: { file: string; n: number }[]
  probe: {
    audioCodec: null | string
    container: null | string
    durationSeconds: null | number
    height: null | number
    videoCodec: null | string
    width: null | number
  }
  site: { id: number; name: string }
  title: string
  uploadedAt: string
  uploader: null | { email: string; name: null | string }
  visibility: string
}

export type QueueComment = {
  authorName: string
  body: string
  createdAt: string
  id: number
  site: { id: number; name: string }
  video: { id: number; title: string }
}
