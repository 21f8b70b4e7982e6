import config from '@payload-config'
import type { Redirect } from '@payload-types'
import { getPayload } from 'payload'

import { publicPath } from '../previewPath'

export type RedirectTarget = { permanent: boolean; to: string }

/** Site `siteId`'s rule of the `redirects` collection for `path`, resolved to a URL; null when none matches. */
export async function queryRedirect(siteId: number, path: string): Promise<null | RedirectTarget> {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'redirects',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    where: {
      and: [
        { site: { equals: siteId } },
        { from: { in: [...new Set([path, trimmed, `${trimmed}/`])] } },
      ],
    },
  })
  const rule = docs[0]
  const to = rule ? redirectUrl(rule) : null
  return rule && to ? { permanent: rule.type === '301', to } : null
}

function redirectUrl({ to }: Redirect): null | string {
  if (to?.type === 'custom') return to.url || null
  const reference = to?.reference
  if (!reference || typeof reference.value !== 'object' || !reference.value.slug) return null
  return publicPath(reference.relationTo, reference.value.slug)
}
