import type { Post } from '@payload-types'

type Props = { categories: Post['categories']; className: string }

/** A post's category titles on one line; nothing when it has none. */
export function PostCategories({ categories, className }: Props) {
  const titles = (categories ?? []).flatMap((category) =>
    typeof category === 'object' ? [category.title] : [],
  )
  if (!titles.length) return null
  return (
    <p className={className}>
      <span className="visually-hidden">Categories: </span>
      {titles.join(', ')}
    </p>
  )
}
