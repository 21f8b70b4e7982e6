/** The public address of a video's page on its site. */
export const watchPath = (id: number): string => `/videos/${id}`

/** The gallery's address for a page and tag: `/videos`, `/videos?tag=garden&page=2`. */
export function galleryPath({ page = 1, tag }: { page?: number; tag?: string }): string {
  const params = new URLSearchParams()
  if (tag) params.set('tag', tag)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `/videos?${query}` : '/videos'
}
