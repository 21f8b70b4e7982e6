import {
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  Forbidden,
  ValidationError,
} from 'payload'

import { requestSiteIds } from '../access/requestSiteIds'
import { idOf } from '../access/siteUser'

/**
 * For documents that belong to the site of another document (a form submission to its form's
 * site): copies `site` from that document, whatever was sent, so nobody files an entry elsewhere.
 * A submission to a form of another site than the request's host is refused, and so is re-pointing
 * a document at one of another site (400 naming the field).
 */
export const siteFrom =
  (relationField: string, relationTo: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    // An update that does not touch the relation keeps the site it has.
    if (operation === 'update' && !(relationField in data)) return data
    const relatedId = idOf(data[relationField])
    // Reads only the site of the one document named, to copy it: whether the writer may use that
    // document is the collection's access and the scope check below, not this read.
    const related =
      relatedId === undefined
        ? null
        : await req.payload.findByID({
            id: relatedId,
            collection: relationTo,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            req,
            select: { site: true },
          })
    const site = idOf((related as { site?: unknown } | null)?.site)
    if (site === undefined) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [{ message: 'Choose an existing document.', path: relationField }],
        },
        req.t,
      )
    }
    // Re-pointing it at a document of another site would move it there, away from whatever points
    // at it on its own site (a module's lessons, a video's comments): a relationship across sites.
    if (
      operation === 'update' &&
      originalDoc?.site !== undefined &&
      idOf(originalDoc.site) !== site
    ) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              message: `Choose a document of this site: ${relationTo} ${relatedId} belongs to another site.`,
              path: relationField,
            },
          ],
        },
        req.t,
      )
    }
    const scope = await requestSiteIds(req)
    if (scope && !scope.includes(site)) throw new Forbidden(req.t)
    return { ...data, site }
  }
