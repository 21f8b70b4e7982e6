import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors read drafts; everyone else reads published documents only. */
export const editorOrPublished: Access = ({ req: { user } }) =>
  hasRole(user, 'super-admin', 'editor') || { _status: { equals: 'published' } }
