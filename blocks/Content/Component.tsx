import type { ContentBlock as ContentBlockData } from '@payload-types'

import { Link } from '../../src/site/components/Link'
import { LexicalText } from '../../src/site/components/LexicalText'

export function ContentBlock({ columns }: Pick<ContentBlockData, 'columns'>) {
  if (!columns?.length) return null
  return (
    <div className="content-block">
      {columns.map(({ id, enableLink, link, richText, size }, index) => (
        <div
          className={`content-block__column content-block__column--${size ?? 'oneThird'}`}
          key={id ?? index}
        >
          <LexicalText data={richText} />
          {enableLink && link && (
            <Link appearance={link.appearance} className="content-block__link" link={link} />
          )}
        </div>
      ))}
    </div>
  )
}
