import { permanentRedirect, redirect } from 'next/navigation'

import { queryRedirect } from './queries/queryRedirect'

/** Follows site `siteId`'s `redirects` rule for `path` if there is one; returns when there is none. */
export async function redirectFromRules(siteId: number, path: string): Promise<void> {
  const target = await queryRedirect(siteId, path)
  if (!target) return
  if (target.permanent) permanentRedirect(target.to)
  redirect(target.to)
}
