import type { Post } from '@payload-types'

type Props = Pick<Post, 'populatedAuthors' | 'publishedAt'>

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' })

/** "By Mira Kovač and Prism Admin · 1 October 2026", with a machine-readable date. */
export function PostByline({ populatedAuthors, publishedAt }: Props) {
  const names = (populatedAuthors ?? []).flatMap((author) => (author.name ? [author.name] : []))
  if (!names.length && !publishedAt) return null
  return (
    <p className="byline">
      {names.length > 0 && (
        <span>By {new Intl.ListFormat('en', { type: 'conjunction' }).format(names)}</span>
      )}
      {names.length > 0 && publishedAt && <span aria-hidden="true"> · </span>}
      {publishedAt && (
        <time dateTime={publishedAt}>{dateFormat.format(new Date(publishedAt))}</time>
      )}
    </p>
  )
}
