import { type CollectionBeforeChangeHook, type CollectionSlug, ValidationError } from 'payload'

import { idOf } from '../access/siteUser'
import { collectReferences, type Reference } from '../relationships/collectReferences'

type Sited = { id: number | string; site?: unknown }

/**
 * A site-owned document points only at documents of its own site: every relationship and upload
 * whose target collection is site-owned (or `sites` itself) must name a document of the same site,
 * on create and update, whoever writes (a request, the seed or a worker: a foreign id written by
 * server code is a bug too). A 400 names each offending field path before anything is stored.
 * A document moved to another site is checked whole, since all its relationships then cross sites.
 * Runs first among the collection's beforeChange hooks, once `site` is known (after `siteFrom`).
 */
export const sameSiteRelationships =
  (siteOwned: ReadonlySet<string>, sitesSlug = 'sites'): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const isSite = collection.slug === sitesSlug
    const site = isSite ? idOf(originalDoc?.id) : idOf(data.site ?? originalDoc?.site)
    const moved =
      !isSite &&
      operation === 'update' &&
      data.site !== undefined &&
      site !== idOf(originalDoc?.site)
    const doc = moved ? { ...originalDoc, ...data } : data
    const references = collectReferences(
      collection.flattenedFields,
      doc,
      req.payload.blocks,
      '',
    ).filter(
      (reference) =>
        !(reference.path === 'site' && !isSite) &&
        (reference.relationTo === sitesSlug || siteOwned.has(reference.relationTo)),
    )
    if (!references.length) return data

    const foreign: Reference[] = []
    const byCollection = new Map<string, Reference[]>()
    for (const reference of references)
      byCollection.set(reference.relationTo, [
        ...(byCollection.get(reference.relationTo) ?? []),
        reference,
      ])
    for (const [relationTo, group] of byCollection) {
      if (relationTo === sitesSlug) {
        foreign.push(
          ...group.filter((reference) => site === undefined || idOf(reference.id) !== site),
        )
        continue
      }
      // Reads only the `site` of ids that are about to be stored, whatever the writer may read:
      // the answer decides a refusal and is never returned.
      const { docs } = await req.payload.find({
        collection: relationTo as CollectionSlug,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { site: true },
        where: { id: { in: [...new Set(group.map((reference) => reference.id))] } },
      })
      const siteOf = new Map(
        (docs as Sited[]).map((target) => [String(target.id), idOf(target.site)]),
      )
      // An id that does not exist is left to Payload's own validation of the field.
      foreign.push(
        ...group.filter(
          (reference) =>
            siteOf.has(String(reference.id)) &&
            (site === undefined || siteOf.get(String(reference.id)) !== site),
        ),
      )
    }
    if (!foreign.length) return data
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: foreign.map(({ id, path, relationTo }) => ({
          message: `Choose a document of this site: ${relationTo} ${id} belongs to another site.`,
          path,
        })),
      },
      req.t,
    )
  }
