import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { CollectionBeforeChangeHook, CollectionConfig, Config, Field, Plugin } from 'payload'

import type { User } from '../../payload-types'
import { siteContentAccess } from './access/siteContentAccess'
import { isGlobalWriter } from './access/siteUser'
import { submissionAccess } from './access/submissionAccess'
import { siteRowsFieldAccess, usersAccess } from './access/usersAccess'
import { siteOriginCookie } from './auth/siteOriginCookie'
import { sitesCollection } from './collections/Sites'
import { defaultSite } from './fields/defaultSite'
import { guardSiteAssignment } from './hooks/guardSiteAssignment'
import { guardUserChanges } from './hooks/guardUserChanges'
import { sameSiteRelationships } from './hooks/sameSiteRelationships'
import { siteFrom } from './hooks/siteFrom'
import { siteRoles } from './roles'
import { siteFeatures } from './siteFeatures'
import type { SiteCollectionOptions, SiteFeature, SitesPluginOptions } from './types'
import { uniquePerSite } from './uniquePerSite'

export type { SiteCollectionOptions, SiteFeature, SitesPluginOptions } from './types'

/** The `site` of a collection whose site is copied from another document: set by a hook, never typed in. */
const derivedSiteField: Field = {
  name: 'site',
  type: 'relationship',
  // Never taken from input (the multi-tenant plugin would also refuse a site the sender has no role on).
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  index: true,
  relationTo: 'sites',
  required: true,
}

/** Hooks and uniqueness that must be in place before the multi-tenant plugin appends its own. */
function prepare(
  collection: CollectionConfig,
  options: SiteCollectionOptions,
  sameSite: CollectionBeforeChangeHook,
): CollectionConfig {
  const hooks = { ...collection.hooks }
  let fields = collection.fields
  // First of the collection's own hooks (after `siteFrom` settled the site), so the refusal names
  // the relationship before any other check of the document answers.
  hooks.beforeChange = [sameSite, ...(hooks.beforeChange ?? [])]
  if (options.siteFrom) {
    fields = [...fields, derivedSiteField]
    hooks.beforeChange = [
      siteFrom(options.siteFrom.field, options.siteFrom.relationTo),
      ...hooks.beforeChange,
    ]
  } else {
    hooks.beforeValidate = [guardSiteAssignment(options.roles), ...(hooks.beforeValidate ?? [])]
  }
  return uniquePerSite({ ...collection, fields, hooks })
}

/**
 * The plugin's tenant field is optional (its options type leaves `required` out): ours is required,
 * NOT NULL in the database, so no document can exist outside a site. Its default is a site on which
 * the user writes this collection (a creator's video, not only an editor's page).
 */
function requireSite(
  collection: CollectionConfig,
  options: SiteCollectionOptions,
): CollectionConfig {
  return {
    ...collection,
    fields: collection.fields.map((field) =>
      'name' in field && field.name === 'site' && field.type === 'relationship'
        ? {
            ...field,
            ...(options.siteFrom ? {} : { defaultValue: defaultSite(options.roles) }),
            required: true,
          }
        : field,
    ),
  }
}

/** Our access replaces whatever the collection had, so every rule is enforced in one place. */
function withSiteAccess(
  collection: CollectionConfig,
  options: SiteCollectionOptions,
): CollectionConfig {
  if (options.keepAccess) return collection
  const access =
    options.access === 'submissions'
      ? submissionAccess
      : siteContentAccess({
          drafts: Boolean(
            collection.versions &&
            typeof collection.versions === 'object' &&
            collection.versions.drafts,
          ),
          roles: options.roles,
        })
  return { ...collection, access }
}

/**
 * Many sites from one config: the `sites` collection is the tenant collection of Payload's
 * multi-tenant plugin (site field, admin site selector, list filters), every tenant-owned document
 * carries `site`, and users hold roles per site. Our own access functions (`./access`) replace the
 * collections' access, so removing this plugin removes multi-tenancy and nothing else.
 */
export const sitesPlugin =
  ({ collections = {} }: SitesPluginOptions = {}): Plugin =>
  async (incoming) => {
    // Collections mark themselves as owned by a site with `custom.site`: the core's, and those of
    // the plugins placed before this one (payload.config.ts).
    const marked = (incoming.collections ?? []).flatMap((c) =>
      c.custom?.site ? [[c.slug, c.custom.site as SiteCollectionOptions] as const] : [],
    )
    const entries = [
      ...(Object.entries(collections) as [string, SiteCollectionOptions][]),
      ...marked,
    ]
    const optionsOf = (slug: string) => entries.find(([name]) => name === slug)?.[1]
    const sameSite = sameSiteRelationships(new Set(entries.map(([slug]) => slug)))
    const sites = sitesCollection(siteFeatures.read(incoming))
    const prepared: Config = {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map((c) =>
          optionsOf(c.slug) ? prepare(c, optionsOf(c.slug)!, sameSite) : c,
        ),
        {
          ...sites,
          hooks: { ...sites.hooks, beforeChange: [sameSite, ...(sites.hooks?.beforeChange ?? [])] },
        },
      ],
    }

    const config = await multiTenantPlugin<{ user: User }>({
      collections: Object.fromEntries(
        entries.map(([slug, options]) => [
          slug,
          { customTenantField: Boolean(options.siteFrom), useTenantAccess: false },
        ]),
      ),
      tenantField: { name: 'site', defaultValue: defaultSite() },
      tenantsArrayField: {
        arrayFieldAccess: { create: siteRowsFieldAccess, update: siteRowsFieldAccess },
        arrayFieldName: 'sites',
        arrayTenantFieldName: 'site',
        rowFields: [
          {
            name: 'roles',
            type: 'select',
            defaultValue: ['member'],
            hasMany: true,
            options: [...siteRoles],
            required: true,
          },
        ],
      },
      tenantSelectorLabel: 'Site',
      tenantsSlug: 'sites',
      userHasAccessToAllTenants: (user) => isGlobalWriter(user),
      useTenantsCollectionAccess: false,
    })(prepared)

    const usersSlug = config.admin?.user ?? 'users'
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const options = optionsOf(collection.slug)
        if (options) return withSiteAccess(requireSite(collection, options), options)
        if (collection.slug !== usersSlug) return collection
        return {
          ...collection,
          access: { ...collection.access, ...usersAccess },
          auth: {
            ...(typeof collection.auth === 'object' ? collection.auth : {}),
            strategies: [
              ...((typeof collection.auth === 'object' && collection.auth.strategies) || []),
              siteOriginCookie,
            ],
          },
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), guardUserChanges],
          },
        }
      }),
    }
  }

// The building blocks other plugins use for their own access rules (see README).
export { allOf, anyOf } from './access/combineAccess'
export { canCreateOnSite } from './access/canCreateOnSite'
export { canWriteSite } from './access/canWriteSite'
export { ownOrSiteRole } from './access/ownOrSiteRole'
export { requestSiteIds } from './access/requestSiteIds'
export { siteRoleWhere } from './access/siteRoleWhere'
export { siteScope } from './access/siteScope'
export {
  hasSiteRole,
  idOf,
  isGlobalWriter,
  isSuperAdmin,
  siteIdsWithRole,
  type SiteUser,
} from './access/siteUser'
export { siteWriters } from './access/siteWriters'
export { resolveSite } from './resolveSite'
export { offeredFeatures, siteFeatures } from './siteFeatures'
export { type SiteRole, siteRoles } from './roles'
