import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '../../sites'

/**
 * Relationships that a document keeps for life (an enrollment's member and course, a course's site):
 * an update that sends another value is a 400 with `message` naming the field, before anything is stored. Records
 * that hang off them (lessons, progress, registrations) copied the site when they were created, so
 * moving the parent would leave them behind on the old site; the honest way is a new document.
 * Sending the value it already has is fine (the admin's edit form sends every field).
 */
export const fixedAfterCreate =
  (fields: readonly string[], message: string): CollectionBeforeValidateHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !data || !originalDoc) return data
    for (const field of fields) {
      if (field in data && idOf(data[field]) !== idOf(originalDoc[field]))
        throw new ValidationError(
          { collection: collection.slug, errors: [{ message, path: field }] },
          req.t,
        )
    }
    return data
  }
