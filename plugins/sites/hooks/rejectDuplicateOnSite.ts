import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf } from '../access/siteUser'

/**
 * A clear 400 naming the field when a value that is unique per site is taken on this site. The
 * compound unique index stays the guarantee; without this check its violation would name
 * "slug, site_id", which no form field matches.
 */
export const rejectDuplicateOnSite =
  (fields: string[], siteField = 'site'): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const site = idOf(data[siteField] ?? originalDoc?.[siteField])
    if (site === undefined) return data
    for (const field of fields) {
      const value: unknown = data[field] ?? originalDoc?.[field]
      if (value === undefined || value === null || value === '') continue
      // Uniqueness counts every document of the site, including those the writer cannot read; only a count is returned.
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        overrideAccess: true,
        req,
        where: {
          and: [
            { [field]: { equals: value } },
            { [siteField]: { equals: site } },
            ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
      })
      if (totalDocs > 0) {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [{ message: req.t('error:valueMustBeUnique'), path: field }],
          },
          req.t,
        )
      }
    }
    return data
  }
