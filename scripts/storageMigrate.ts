/**
 * `npm run storage:migrate -- --to s3|local [--dry-run]`: copies every media document's files
 * between local disk (`$DATA_DIR/media`) and the S3 bucket (`S3_*`), leaving the documents as they
 * are. Exits 1 when a file could not be copied or is on neither side, 2 on a usage error.
 */
import { bootPayload, closePayload } from '../src/boot'
import { ensureDatabase } from '../src/db/database'
import { env } from '../src/env'
import { getStorage } from '../src/storage'
import {
  type MediaMigrationOptions,
  migrateMedia,
  parseMigrateArgs,
  summarizeMediaMigration,
} from '../src/storage/migrateMedia'

let options: MediaMigrationOptions
try {
  options = parseMigrateArgs(process.argv.slice(2))
  if (!env.s3)
    throw new Error(
      'S3 is not configured: set S3_BUCKET (and the other S3_* settings) to the bucket to copy to or from.',
    )
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}

const db = await ensureDatabase()
const payload = await bootPayload(db.uri)
let exitCode = 0
try {
  const upload = payload.collections.media.config.upload
  const localDir = typeof upload === 'object' ? upload.staticDir : undefined
  if (!localDir) throw new Error('The media collection has no staticDir')
  const { bucket, prefix } = env.s3!
  const bucketLabel = `s3://${bucket}/${prefix.replace(/^\/+|\/+$/g, '')}${prefix ? '/' : ''}`
  const report = await migrateMedia({
    ...options,
    bucket: getStorage(),
    bucketLabel,
    localDir,
    log: (line) => console.log(line),
    payload,
  })
  console.log(summarizeMediaMigration(report))
  if (report.failed.length || report.missing.length) exitCode = 1
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await closePayload(payload)
  await db.stop()
}
process.exit(exitCode)
