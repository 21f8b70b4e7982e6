import type { Payload } from 'payload'

import type { Page } from '../../payload-types'

/**
 * How a plugin's seed step places its blocks on a site's seeded home page, as an editor would:
 * `edit` gets the page's layout and returns the new one. A site without a home page is left as it is.
 */
export async function editHomeLayout(
  payload: Payload,
  site: number,
  edit: (layout: Page['layout']) => Page['layout'],
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'pages',
    depth: 0,
    limit: 1,
    where: { and: [{ site: { equals: site } }, { slug: { equals: 'home' } }] },
  })
  const home = docs[0]
  if (!home) return
  await payload.update({
    id: home.id,
    collection: 'pages',
    context: { disableRevalidate: true },
    data: { layout: edit(home.layout) },
  })
}
