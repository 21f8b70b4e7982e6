import { type CollectionBeforeChangeHook, type CollectionSlug, Forbidden, ValidationError } from 'payload'

import { requestSiteIds } from '../access/requestSiteIds'
import { idOf } from '../access/siteUser'

/**
 * For documents that belong to the site of another document (a form submission to its form's
 * site): copies `site` from that document, whatever was sent, so nobody files an entry elsewhere.
 * A submission to a form of another site than the request's host is refused.
 */
export const siteFrom =
  (relationField: string, relationTo: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, req }) => {
    // An update that does not touch the relation keeps the site it has.
    if (operation === 'update' && !(relationField in data)) return data
    const relatedId = idOf(data[relationField])
    const related = relatedId === undefined ? null : await req.payload.findByID({ collection: relationTo, depth: 0, disableErrors: true, id: relatedId, req })
    const site = idOf((related as { site?: unknown } | null)?.site)
    if (site === undefined) {
      throw new ValidationError({ collection: collection.slug, errors: [{ message: 'Choose an existing document.', path: relationField }] }, req.t)
    }
    const scope = await requestSiteIds(req)
    if (scope && !scope.includes(site)) throw new Forbidden(req.t)
    return { ...data, site }
  }
