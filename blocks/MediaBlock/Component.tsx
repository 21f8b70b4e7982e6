import type { MediaBlock as MediaBlockData } from '@payload-types'

import { Media } from '../../src/site/components/Media'
import { LexicalText } from '../../src/site/components/LexicalText'

type Props = Pick<MediaBlockData, 'media'> & { sizes?: string }

export function MediaBlock({ media, sizes = '(min-width: 76rem) 72rem, 100vw' }: Props) {
  if (typeof media !== 'object') return null
  return (
    <figure className="media-block">
      <Media className="media-block__image" resource={media} sizes={sizes} />
      {media.caption && (
        <figcaption className="media-block__caption">
          <LexicalText data={media.caption} />
        </figcaption>
      )}
    </figure>
  )
}
