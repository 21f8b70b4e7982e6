import type { CallToActionBlock as CallToActionBlockData } from '@payload-types'

import { Link } from '../../src/site/components/Link'
import { LexicalText } from '../../src/site/components/LexicalText'

export function CallToActionBlock({
  links,
  richText,
}: Pick<CallToActionBlockData, 'links' | 'richText'>) {
  return (
    <section className="cta">
      <LexicalText className="cta__text" data={richText} />
      {Boolean(links?.length) && (
        <div className="cta__links">
          {links?.map(({ id, link }, index) => (
            <Link appearance={link.appearance ?? 'default'} key={id ?? index} link={link} />
          ))}
        </div>
      )}
    </section>
  )
}
