import type { Plugin } from 'payload'

import { deleteAccount } from './endpoints/deleteAccount'
import { exportAccount } from './endpoints/exportAccount'

export type AccountPluginOptions = {
  /** The auth collection whose members get the endpoints. Default: the admin user collection. */
  usersSlug?: string
}

/**
 * Account data rights (GDPR art. 15, 17, 20): `GET /api/users/me/export` and `DELETE /api/users/me`.
 * Custom endpoints come before Payload's own, so `/me` here wins over `DELETE /:id`.
 */
export const accountPlugin =
  ({ usersSlug }: AccountPluginOptions = {}): Plugin =>
  (config) => {
    const slug = usersSlug ?? config.admin?.user ?? 'users'
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === slug
          ? { ...collection, endpoints: [exportAccount, deleteAccount, ...(collection.endpoints || [])] }
          : collection,
      ),
    }
  }
