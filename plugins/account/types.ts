import type { CollectionSlug, PayloadRequest } from 'payload'

import type { User } from '../../payload-types'

/**
 * What one plugin stores about a person, for account export and deletion. Each plugin registers
 * its sources in `config.custom.personalData`; the account plugin runs them all, so a plugin that
 * stores personal data cannot be forgotten by a central list.
 *
 * Both functions find data by the user's id (never by an email, which changes hands) and run
 * with `req`, so deletion is one transaction: a source that throws undoes every other source.
 */
export type PersonalDataSource = {
  /** Every collection whose documents point at the user and that this source exports and erases or anonymises. */
  collections: CollectionSlug[]
  /** Deletes what is the person's own and anonymises what belongs to a site or to others (kept without the person). */
  erase: (req: PayloadRequest, userId: User['id']) => Promise<void>
  /** The person's data, without secrets: the value of this source's section in the export. */
  export: (req: PayloadRequest, userId: User['id']) => Promise<unknown>
  /** The section's key in the export. */
  name: string
}
