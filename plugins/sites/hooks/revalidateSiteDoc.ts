import type { Site } from '@payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { siteHosts } from '@/src/site/hosts/siteHosts'
import { sitePath } from '@/src/site/hosts/siteRoute'

/**
 * A site's name, theme, navigation or domains changed: every page of it, on old and new hosts, is
 * stale. (The host lookup cache is cleared by `clearSiteCacheHook`, which runs first.)
 */
async function dropSite(sites: (Site | undefined)[], disabled: unknown): Promise<void> {
  if (disabled) return
  const hosts = new Set(sites.flatMap((site) => (site?.slug ? siteHosts(site) : [])))
  try {
    const { revalidatePath } = await import('next/cache')
    for (const host of hosts) revalidatePath(sitePath(host, '/'), 'layout')
  } catch {
    // Not rendering inside Next.js: nothing is cached here.
  }
}

export const revalidateSiteDoc: CollectionAfterChangeHook<Site> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await dropSite([doc, previousDoc], req.context.disableRevalidate)
  return doc
}

export const revalidateSiteDocDelete: CollectionAfterDeleteHook<Site> = async ({ doc, req }) => {
  await dropSite([doc], req.context.disableRevalidate)
  return doc
}
