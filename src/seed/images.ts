import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '../../payload-types'

const palettes = [
  ['#0f172a', '#7c3aed', '#f472b6'],
  ['#052e16', '#16a34a', '#facc15'],
  ['#1e1b4b', '#2563eb', '#22d3ee'],
  ['#431407', '#ea580c', '#fde68a'],
  ['#111827', '#db2777', '#a78bfa'],
  ['#042f2e', '#0d9488', '#fef3c7'],
  ['#172554', '#9333ea', '#fb7185'],
  ['#1c1917', '#d97706', '#e0f2fe'],
]

/**
 * A demo picture made locally (no stock photos to download): a gradient with soft discs, varied
 * by `seed`, rendered by sharp from SVG to PNG.
 */
export async function demoImage(seed: number, width = 1600, height = 900): Promise<Buffer> {
  const [dark, mid, light] = palettes[seed % palettes.length]
  const discs = Array.from({ length: 5 }, (_, i) => {
    const x = ((seed * 37 + i * 211) % 100) / 100
    const y = ((seed * 53 + i * 131) % 100) / 100
    const r = 0.08 + (((seed + i) * 17) % 20) / 100
    return `<circle cx="${x * width}" cy="${y * height}" r="${r * width}" fill="${i % 2 ? light : mid}" opacity="0.35"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${discs}
    <rect x="${width * 0.08}" y="${height * 0.7}" width="${width * 0.3}" height="${height * 0.04}" rx="${height * 0.02}" fill="${light}" opacity="0.8"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A demo picture of the site, stored as a media document. */
export async function createDemoMedia(
  payload: Payload,
  site: number,
  {
    name,
    alt,
    height,
    seed,
    width,
  }: { alt: string; height?: number; name: string; seed: number; width?: number },
): Promise<Media> {
  const data = await demoImage(seed, width, height)
  return payload.create({
    collection: 'media',
    context: { disableRevalidate: true },
    data: { alt, site },
    file: { name, data, mimetype: 'image/png', size: data.length },
  })
}
