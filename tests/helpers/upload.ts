import fs from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '../../payload-types'

/** A PNG with some structure (a gradient and a disc), so every resize does real work. */
export async function testPng(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#1e1b4b"/><stop offset="1" stop-color="#22d3ee"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.3}" cy="${height * 0.7}" r="${height / 5}" fill="#f472b6"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A `testPng` of this size stored as a media document of `site` through the Local API; with the bytes sent. */
export async function createTestMedia(
  payload: Payload,
  {
    name,
    alt,
    height,
    site,
    width,
  }: { alt: string; height: number; name: string; site: number; width: number },
): Promise<{ data: Buffer; doc: Media }> {
  const data = await testPng(width, height)
  const doc = await payload.create({
    collection: 'media',
    data: { alt, site },
    file: { name, data, mimetype: 'image/png', size: data.length },
  })
  return { data, doc }
}

/** The multipart body the admin panel sends: the file plus the other fields as `_payload` JSON. */
export function uploadForm(
  file: Buffer,
  filename: string,
  mimeType: string,
  data: Record<string, unknown>,
): FormData {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(file)], filename, { type: mimeType }))
  form.append('_payload', JSON.stringify(data))
  return form
}

/** Every file name in a folder (none when it does not exist). */
export const filesIn = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
