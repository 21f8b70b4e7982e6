import type { ImageSize } from 'payload'

const webp: ImageSize['formatOptions'] = { format: 'webp', options: { quality: 80 } }

/** Every size is WebP; the two with both sides set crop around the focal point. */
export const imageSizes: ImageSize[] = [
  { name: 'thumbnail', formatOptions: webp, width: 300 },
  { name: 'square', formatOptions: webp, height: 500, width: 500 },
  { name: 'small', formatOptions: webp, width: 600 },
  { name: 'medium', formatOptions: webp, width: 900 },
  { name: 'large', formatOptions: webp, width: 1400 },
  { name: 'xlarge', formatOptions: webp, width: 1920 },
  { name: 'og', formatOptions: webp, height: 630, width: 1200 },
]
