import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { env } from '../../src/env'
import { rejectOversizedImage } from './hooks/rejectOversizedImage'
import { imageSizes } from './imageSizes'

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
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
    beforeOperation: [rejectOversizedImage],
  },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes,
    // Types are sniffed from the file's bytes by Payload; SVG is left out because it can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    staticDir: path.join(env.dataDir, 'media'),
  },
}
