/** The cache tag of one site's sitemap entries. */
export const sitemapTag = (siteId: number): string => `sitemap:${siteId}`
