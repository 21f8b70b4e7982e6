import { type FieldHook, ValidationError } from 'payload'

import { idOf } from '../../sites'

const same = (a: unknown, b: unknown) => (idOf(a) ?? a ?? null) === (idOf(b) ?? b ?? null)

/**
 * A relationship that is what its document is about (a share link's video, a comment's video):
 * checked when the document is created, and never changed after, so no check made then can be
 * walked around by an update (REST, GraphQL and the Local API alike; server code included).
 * Sending the current value again, as the admin form does, is fine.
 */
export const keepAfterCreate =
  (message: string): FieldHook =>
  ({ collection, operation, path, previousValue, req, value }) => {
    if (operation !== 'update' || same(value, previousValue)) return value
    throw new ValidationError(
      { collection: collection?.slug, errors: [{ message, path: path.join('.') }] },
      req.t,
    )
  }
