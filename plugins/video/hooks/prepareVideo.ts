import { randomUUID } from 'node:crypto'
import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Video } from '@/payload-types'
import type { VideoProbe } from '../media/probe'
import { idOf } from '../../sites'
import { probeData } from '../probeData'
import { VIDEO_FEATURE } from '../roles'

/**
 * On create: the uploader is whoever sends it, the site must have videos switched on, the probe
 * from `checkVideoUpload` fills in the source's numbers, and the video gets its storage folder
 * (a random name, so nothing about the upload leaks into object keys).
 */
export const prepareVideo: CollectionBeforeChangeHook<Video> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const siteId = idOf(data.site)
  const site =
    siteId === undefined
      ? null
      : await req.payload.findByID({
          id: siteId,
          collection: 'sites',
          depth: 0,
          disableErrors: true,
          overrideAccess: false,
          req,
          user: req.user,
        })
  if (!site?.features?.includes(VIDEO_FEATURE)) {
    throw new APIError(
      `Videos are not enabled on ${site ? `the site “${site.name}”` : 'this site'}.`,
      400,
    )
  }
  const probe = req.context.videoProbe as VideoProbe | undefined
  // `storage` is never readable, not even by afterChange hooks of this request: hand the folder over.
  const folder = randomUUID()
  req.context.videoFolder = folder
  return {
    ...data,
    probe: probe ? probeData(probe) : data.probe,
    status: 'uploaded',
    storage: { folder, tier: 'staging' },
    uploader: req.user?.id ?? data.uploader,
  }
}
