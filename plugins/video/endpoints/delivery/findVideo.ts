import type { PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'

/**
 * The video of the route's `:id`, read past access control: the delivery rules (`canWatch`) decide,
 * and need the fields nobody may read through the API (password hash, storage).
 */
export async function findVideo(req: PayloadRequest): Promise<null | Video> {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !/^\d{1,15}$/.test(id)) return null
  // `canWatch` decides on this document before anything of it is served; the id is only a number.
  return req.payload.findByID({
    id: Number(id),
    collection: 'videos',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
}
