import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins write content; signed-in users without a role do not. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'super-admin', 'editor')
