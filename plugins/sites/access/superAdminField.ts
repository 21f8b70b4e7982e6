import type { FieldAccess } from 'payload'

import { isSuperAdmin } from './siteUser'

/** Field access: only super-admins write the field (a site's domains and slug, which decide its hosts). */
export const superAdminField: FieldAccess = ({ req }) => isSuperAdmin(req.user)
