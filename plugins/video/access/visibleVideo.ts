import type { PayloadRequest } from 'payload'

import type { VideosSelect } from '@/payload-types'

/**
 * The video as `req.user` may read it (its access rules and the request's site), or null: for no
 * id, an unknown one, and one the user cannot see alike, so a caller never reveals which it was
 * (`select` narrows the fields read, as in `findByID`).
 */
export const visibleVideo = async <TSelect extends VideosSelect<false> | VideosSelect<true>>(
  req: PayloadRequest,
  id: number | undefined,
  select?: TSelect,
) =>
  id === undefined
    ? null
    : req.payload.findByID({
        id,
        collection: 'videos',
        depth: 0,
        disableErrors: true,
        overrideAccess: false,
        req,
        select,
        user: req.user,
      })
