import type { CollectionConfig, CollectionSlug, Plugin } from 'payload'

import { deleteAccount } from './endpoints/deleteAccount'
import { exportAccount } from './endpoints/exportAccount'
import { eraseUserData } from './hooks/eraseUserData'
import { recordSubmitter, submittedByField } from './hooks/recordSubmitter'
import { formSubmissionsData } from './personalData/formSubmissions'
import { postsData } from './personalData/posts'
import { preferencesData } from './personalData/preferences'
import { personalDataSources } from './personalDataSources'
import type { PersonalDataSource } from './types'

export { requireAll } from './requireAll'
export { personalDataSources } from './personalDataSources'
export type { PersonalDataSource } from './types'

export type AccountPluginOptions = {
  /** The auth collection whose members get the endpoints. Default: the admin user collection. */
  usersSlug?: string
}

const withUserEndpoints = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [exportAccount, deleteAccount, ...(collection.endpoints || [])],
  hooks: {
    ...collection.hooks,
    beforeDelete: [...(collection.hooks?.beforeDelete ?? []), eraseUserData],
  },
})

const withSubmitter = (
  collection: CollectionConfig,
  usersSlug: CollectionSlug,
): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, submittedByField(usersSlug)],
  hooks: {
    ...collection.hooks,
    beforeChange: [recordSubmitter(usersSlug), ...(collection.hooks?.beforeChange ?? [])],
  },
})

/**
 * Account data rights (GDPR art. 15, 17, 20): `GET /api/users/me/export` and `DELETE /api/users/me`.
 * Custom endpoints come before Payload's own, so `/me` here wins over `DELETE /:id`. What is exported
 * and erased comes from `config.custom.personalData` (`PersonalDataSource`), which every plugin
 * that stores personal data fills; this plugin adds the core content's sources.
 */
export const accountPlugin =
  ({ usersSlug }: AccountPluginOptions = {}): Plugin =>
  (config) => {
    const slug = (usersSlug ?? config.admin?.user ?? 'users') as CollectionSlug
    const hasForms = (config.collections ?? []).some(
      (collection) => collection.slug === 'form-submissions',
    )
    const core = [postsData, preferencesData, ...(hasForms ? [formSubmissionsData] : [])]
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === slug
          ? withUserEndpoints(collection)
          : collection.slug === 'form-submissions'
            ? withSubmitter(collection, slug)
            : collection,
      ),
      custom: { ...config.custom, personalData: [...core, ...personalDataSources.read(config)] },
    }
  }
