import type { PayloadRequest } from 'payload'

/**
 * Drops the rendered site pages for `paths`. Next's cache only exists inside the web process: when
 * a document changes elsewhere (seed script, worker, tests) the call has no store and throws, and
 * those pages refresh on their time-based revalidation instead.
 */
export async function revalidatePaths(paths: string[], req: PayloadRequest): Promise<void> {
  if (req.context.disableRevalidate) return
  try {
    const { revalidatePath, revalidateTag } = await import('next/cache')
    for (const path of paths) revalidatePath(path)
    revalidateTag('sitemap', 'max')
  } catch {
    // Not rendering inside Next.js: nothing is cached here.
  }
}

/** For documents that can appear on any page (posts in archive blocks, header, footer). */
export async function revalidateSite(req: PayloadRequest): Promise<void> {
  if (req.context.disableRevalidate) return
  try {
    const { revalidatePath, revalidateTag } = await import('next/cache')
    revalidatePath('/', 'layout')
    revalidateTag('sitemap', 'max')
  } catch {
    // Not rendering inside Next.js: nothing is cached here.
  }
}
