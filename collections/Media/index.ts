import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { env } from '../../src/env'
import { fileEndpoint, versionFileUrls } from './fileCaching'
import { rejectOversizedImage } from './hooks/rejectOversizedImage'
import { imageSizes } from './imageSizes'

export const Media: CollectionConfig = {
  slug: 'media',
  // Each document belongs to one site (plugins/sites); the site's editors and admins write it.
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  custom: { site: {} },
  // GET /file/:filename: Payload's own, plus cache headers (./fileCaching.ts).
  endpoints: [fileEndpoint],
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: 'Describes the image for people who cannot see it.' },
      required: true,
    },
    { name: 'caption', type: 'richText' },
  ],
  hooks: {
    // File URLs carry the document's version, so caches may keep the current one for good.
    afterRead: [versionFileUrls],
    beforeOperation: [rejectOversizedImage],
  },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes,
    // Types are sniffed from the file's bytes by Payload; SVG is left out because it can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    // Local disk, unless S3_BUCKET is set: then src/storage/mediaStorage.ts stores the files in the bucket.
    // Read on each use, not at import: the test files sharing one process each have their own DATA_DIR.
    // Payload's sanitize assigns the value back; the empty setter keeps the getter.
    get staticDir() {
      return path.join(env.dataDir, 'media')
    },
    set staticDir(_: string) {},
  },
}
