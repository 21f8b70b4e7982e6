import type { FilterOptionsProps, Where } from 'payload'

import type { Video } from '@/payload-types'
import { idOf } from '../../sites'

/**
 * The kids a video may name: its uploader's own, on the video's site. The rule is read from the
 * document, not from who is asking, so the admin's choices, a person's request (create and update)
 * and the worker's writes (which have no user) are all checked against it. Before a video has an
 * uploader (a new upload in the admin) the choices are the person's own kids.
 */
export const uploaderKids = ({ data, user }: FilterOptionsProps<Partial<Video>>): false | Where => {
  const parent = idOf(data?.uploader) ?? idOf(user?.id)
  if (parent === undefined) return false
  const site = idOf(data?.site)
  return {
    and: [
      { parent: { equals: parent } },
      ...(site === undefined ? [] : [{ site: { equals: site } }]),
    ],
  }
}
