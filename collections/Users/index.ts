import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { hasRole } from '../../src/access/roles'
import { env } from '../../src/env'
import { forgiveLogin, throttleLogin } from '../../src/rateLimit/loginThrottle'
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
  auth: {
    // In production the login cookie is Secure (never sent over plain HTTP) and Lax (not sent on
    // cross-site POSTs); origins are checked as well (config.csrf, plugins/sites siteOriginCookie).
    cookies: { sameSite: 'Lax', secure: env.isProduction },
    // No lockout: it let an attacker's wrong passwords lock the owner out. Logins are throttled per
    // client address and per address and account instead (src/rateLimit/loginThrottle.ts).
    maxLoginAttempts: 0,
    useAPIKey: true,
  },
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
        components: {
          Field: {
            clientProps: { autoComplete: 'current-password' },
            path: '@payloadcms/ui#PasswordField',
          },
        },
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
    afterLogin: [forgiveLogin],
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleLogin, guardCredentials],
  },
  timestamps: true,
}
