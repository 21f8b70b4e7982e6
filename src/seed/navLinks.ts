/** A site's header or footer link to one of its pages. */
export const pageNavLink = (label: string, page: number) => ({
  link: {
    type: 'reference' as const,
    label,
    reference: { relationTo: 'pages' as const, value: page },
  },
})

/** A site's header or footer link to a path or URL. */
export const pathNavLink = (label: string, url: string) => ({
  link: { type: 'custom' as const, label, url },
})
