import type { BannerBlock as BannerBlockData } from '@payload-types'

import { LexicalText } from '../../src/site/components/LexicalText'

const labels: Record<BannerBlockData['style'], string> = {
  error: 'Error',
  info: 'Note',
  success: 'Success',
  warning: 'Warning',
}

/** A callout; its kind is written out as well as coloured, so it does not rely on colour alone. */
export function BannerBlock({ content, style }: Pick<BannerBlockData, 'content' | 'style'>) {
  return (
    <div className={`banner banner--${style}`} role="note">
      <strong className="banner__label">{labels[style]}</strong>
      <LexicalText className="banner__content" data={content} />
    </div>
  )
}
