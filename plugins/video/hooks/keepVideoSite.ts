import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Video } from '@/payload-types'
import { idOf } from '../../sites'

/**
 * A video stays on the site it was uploaded to: its approval, share links, comments, views and
 * moderation log all belong to that site, and the checks of `prepareVideo` (videos switched on)
 * ran for it. Moving it is refused for everyone, also for a user who uploads to both sites.
 */
export const keepVideoSite: CollectionBeforeValidateHook<Video> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (
    operation !== 'update' ||
    !data ||
    !('site' in data) ||
    idOf(data.site) === idOf(originalDoc?.site)
  )
    return data
  throw new ValidationError(
    {
      collection: 'videos',
      errors: [
        {
          message:
            'A video stays on the site it was uploaded to: upload it to the other site instead.',
          path: 'site',
        },
      ],
    },
    req.t,
  )
}
