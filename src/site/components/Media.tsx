import type { Media as MediaDoc } from '@payload-types'
import Image from 'next/image'

import { mediaSrc } from './mediaSrc'

type Props = {
  className?: string
  /** Set for a large image above the fold, so the browser fetches it first. */
  preload?: boolean
  resource: MediaDoc | null | number | undefined
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string
}

/** An uploaded image at its own aspect ratio, with the alt text written for it in the media library. */
export function Media({ className, preload = false, resource, sizes }: Props) {
  if (!resource || typeof resource !== 'object' || !resource.url) return null
  const { alt, height, url, width } = resource
  if (!width || !height) {
    // Without dimensions next/image cannot reserve space; a plain img avoids a layout error.
    return <img alt={alt} className={className} src={url} />
  }
  return (
    <Image
      alt={alt}
      className={className}
      height={height}
      preload={preload}
      sizes={sizes}
      width={width}
      {...mediaSrc(url)}
    />
  )
}
