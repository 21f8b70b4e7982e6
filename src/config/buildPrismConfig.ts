import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config, type Plugin, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from '../../collections/Categories'
import { defaultLexical } from '../../collections/fields/lexical'
import { Media } from '../../collections/Media'
import { Pages } from '../../collections/Pages'
import { Posts } from '../../collections/Posts'
import { Users } from '../../collections/Users'
import { sitesPlugin } from '../../plugins/sites'
import { env, payloadSecret } from '../env'
import { mediaStorage } from '../storage/mediaStorage'
import { refuseStrayFiles } from '../uploads/refuseStrayFiles'
import { copyConfig } from './copyConfig'

const dirname = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Prism's config around a list of domain plugins: the core collections, the database, and the
 * plugins that serve every domain. `sitesPlugin` comes after the domain plugins, so it finds every
 * collection they mark as owned by a site (`custom.site`); media storage and the upload guard come
 * last, as they wrap every upload collection. Payload's `buildConfig` runs the plugins the same way,
 * then sanitizes; here each plugin and the sanitizing get a copy (some write into what they are
 * given), so the config can be built again in one process.
 */
export async function buildPrismConfig(domainPlugins: Plugin[]): Promise<SanitizedConfig> {
  let config: Config = {
    admin: {
      // Gravatar would send every editor's email hash to a third party (and is unreachable offline).
      avatar: 'default',
      importMap: { baseDir: dirname },
      livePreview: {
        breakpoints: [
          { name: 'mobile', height: 667, label: 'Mobile', width: 375 },
          { name: 'tablet', height: 1024, label: 'Tablet', width: 768 },
          { name: 'desktop', height: 900, label: 'Desktop', width: 1440 },
        ],
      },
      meta: { titleSuffix: ' — Prism' },
      user: Users.slug,
    },
    collections: [Pages, Posts, Media, Categories, Users],
    db: postgresAdapter({
      migrationDir: path.join(dirname, 'migrations'),
      // Read when Payload connects, not at import: the test suite boots one Payload per test file, each
      // on its own database, from one imported config per process.
      pool: {
        get connectionString() {
          return env.databaseUri
        },
      },
      // Schema changes always go through migrations, in dev too, so what is tested is what ships.
      push: false,
    }),
    editor: defaultLexical,
    secret: payloadSecret(),
    serverURL: process.env.SERVER_URL || undefined,
    sharp,
    typescript: {
      // Outside production Payload regenerates the types on every boot, in a second process that
      // imports the whole config again. Only `next dev` should: every worker, script and test file
      // booting Payload paid for one (a third of the test suite's CPU) and raced to write the file.
      // tests/generatedTypes.test.ts fails when the committed types are stale.
      autoGenerate: process.env.NODE_ENV === 'development',
      outputFile: path.join(dirname, 'payload-types.ts'),
    },
    upload: {
      // Every collection checks its own limit (media: UPLOAD_MAX_BYTES, videos: VIDEO_MAX_BYTES); this is the largest.
      limits: { fileSize: Math.max(env.uploadMaxBytes, env.videoMaxBytes) },
      requestSizeLimit: Math.max(env.uploadMaxBytes, env.videoMaxBytes) + 1024 * 1024,
      tempFileDir: env.uploadTempDir,
      // Uploads stream to disk, so a 500 MB video never sits in the web process's memory.
      useTempFiles: true,
    },
  }
  // mediaStorage: image media in S3 when S3_BUCKET is set, else on local disk (src/storage/mediaStorage.ts).
  for (const plugin of [...domainPlugins, sitesPlugin(), mediaStorage(), refuseStrayFiles])
    config = await plugin(copyConfig(config))
  return buildConfig(copyConfig(config))
}
