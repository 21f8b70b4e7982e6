import { permanentRedirect, redirect } from 'next/navigation'

import { queryRedirect } from './queries/queryRedirect'

/** Follows the `redirects` rule for `path` if there is one; returns when there is none. */
export async function redirectFromRules(path: string): Promise<void> {
  const target = await queryRedirect(path)
  if (!target) return
  if (target.permanent) permanentRedirect(target.to)
  redirect(target.to)
}
