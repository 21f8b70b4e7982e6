import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { hasRole } from '../../src/access/roles'
import { ownKeyOrSuperAdmin } from './access/ownKeyOrSuperAdmin'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { guardCredentials } from './hooks/guardCredentials'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => hasRole(user, 'super-admin', 'editor'),
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    useAsTitle: 'name',
  },
  // API keys carry exactly their user's access (the sites plugin also narrows them to the user's sites).
  auth: { useAPIKey: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      access: {
        // Only admins grant roles, so nobody can promote themselves.
        create: isAdminField,
        update: isAdminField,
      },
      hasMany: true,
      options: [
        { label: 'Super-admin (every site)', value: 'super-admin' },
        { label: 'Editor (every site)', value: 'editor' },
      ],
      saveToJWT: true,
    },
    {
      // Merged into Payload's own `apiKey` field, whose access Payload also gives `enableAPIKey`,
      // `apiKeyIndex` and `hasAPIKey`. The key itself is never readable (Payload: read false).
      name: 'apiKey',
      type: 'text',
      access: { create: isAdminField, update: ownKeyOrSuperAdmin },
    },
    {
      // Never stored: `guardCredentials` checks it when the owner changes their password, email or key.
      name: 'currentPassword',
      type: 'text',
      admin: {
        components: { Field: { clientProps: { autoComplete: 'current-password' }, path: '@payloadcms/ui#PasswordField' } },
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
        description: 'Needed to change your password, email or API key.',
        disableBulkEdit: true,
        disableListColumn: true,
        disableListFilter: true,
      },
      label: 'Current password',
      virtual: true,
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [guardCredentials],
  },
  timestamps: true,
}
