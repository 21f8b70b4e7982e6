import NextLink from 'next/link'

import { galleryPath } from './watchPath'

type Props = { current?: string; tags: string[] }

/** Links to the gallery of each tag, the current one marked; "All" clears the filter. */
export function TagFilter({ current, tags }: Props) {
  if (!tags.length) return null
  const link = (label: string, tag?: string) => (
    <NextLink
      aria-current={tag === current ? 'page' : undefined}
      className="tag-filter__link"
      href={galleryPath({ tag })}
    >
      {label}
    </NextLink>
  )
  return (
    <nav aria-label="Filter videos by tag" className="tag-filter">
      <ul>
        <li>{link('All')}</li>
        {tags.map((tag) => (
          <li key={tag}>{link(tag, tag)}</li>
        ))}
      </ul>
    </nav>
  )
}
