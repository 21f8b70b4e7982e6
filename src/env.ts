import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every setting Prism reads, with its default. `.env.example` documents the same list. */
export const env = {
  get databaseUri(): string | undefined {
    return process.env.DATABASE_URI || undefined
  },
  get dataDir(): string {
    // The ignore comment keeps Turbopack from tracing the whole project into the server bundle.
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || '.data')
  },
  get imageMaxPixels(): number {
    return Number(process.env.IMAGE_MAX_PIXELS || 50_000_000)
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === 'production'
  },
  get port(): number {
    return Number(process.env.PORT || 3000)
  },
  get serverUrl(): string {
    return (process.env.SERVER_URL || `http://localhost:${this.port}`).replace(/\/$/, '')
  },
  get uploadMaxBytes(): number {
    return Number(process.env.UPLOAD_MAX_BYTES || 25 * 1024 * 1024)
  },
  /** Largest accepted video upload (default 500 MB). */
  get videoMaxBytes(): number {
    return Number(process.env.VIDEO_MAX_BYTES || 500 * 1024 * 1024)
  },
  /** Days a rejected video's files are kept before the worker deletes them. */
  get videoRejectedRetentionDays(): number {
    return Number(process.env.VIDEO_REJECTED_RETENTION_DAYS || 7)
  },
  /** Lifetime of a signed stream URL for a non-public video, in seconds. */
  get signedUrlSeconds(): number {
    return Number(process.env.SIGNED_URL_SECONDS || 3600)
  },
  /** Where uploads wait to be read by their collection's hooks (streamed to disk, never held in memory). */
  get uploadTempDir(): string {
    return path.join(this.dataDir, 'tmp')
  },
  /** Upload temp files, work directories and stored files of no video older than this are swept by the workers (hours). */
  get orphanMaxAgeHours(): number {
    return Number(process.env.ORPHAN_MAX_AGE_HOURS || 6)
  },
  /** Local object storage root (each key's prefix a folder below it) when S3 is not configured. */
  get storageDir(): string {
    return path.resolve(
      /*turbopackIgnore: true*/ process.env.STORAGE_DIR || path.join(this.dataDir, 'storage'),
    )
  },
  /** S3-compatible object storage; set S3_BUCKET to use it instead of local disk. */
  get s3(): S3Settings | undefined {
    const bucket = process.env.S3_BUCKET
    if (!bucket) return undefined
    return {
      accessKeyId: process.env.S3_ACCESS_KEY_ID || '',
      bucket,
      endpoint: process.env.S3_ENDPOINT || undefined,
      forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
      prefix: process.env.S3_PREFIX || '',
      region: process.env.S3_REGION || 'us-east-1',
      secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || '',
    }
  },
  /** ffmpeg binary; unset: `ffmpeg` on PATH, else the one shipped in @ffmpeg-installer. */
  get ffmpegPath(): string | undefined {
    return process.env.FFMPEG_PATH || undefined
  },
  get ffprobePath(): string | undefined {
    return process.env.FFPROBE_PATH || undefined
  },
  /** Seconds a stopping worker gives its active jobs before returning them to the queue. */
  get workerGraceSeconds(): number {
    return Number(process.env.WORKER_GRACE_SECONDS || 20)
  },
  /** How often workers look for jobs of dead workers (missed heartbeats) and run queue maintenance. */
  get queueSuperviseSeconds(): number {
    return Number(process.env.QUEUE_SUPERVISE_SECONDS || 60)
  },
  /** NSFW pre-check model: `mobilenet_v2` (shipped inside nsfwjs) or `off`. */
  get nsfwModel(): 'mobilenet_v2' | 'off' {
    return process.env.NSFW_MODEL === 'off' ? 'off' : 'mobilenet_v2'
  },
  /** Largest JSON or form body of an API request (uploads have their own limits), 413 above. */
  get apiBodyMaxBytes(): number {
    return Number(process.env.API_BODY_MAX_BYTES || 2 * 1024 * 1024)
  },
  /** Seed the demo content (and its demo logins) on an empty database: only when asked in production. */
  get seedDemo(): boolean | undefined {
    return process.env.SEED_DEMO ? process.env.SEED_DEMO === 'true' : undefined
  },
  /** The signing secret of the payment webhook (Stripe's `whsec_…`); unset, the webhook answers 503. */
  get coursesWebhookSecret(): string | undefined {
    return process.env.COURSES_WEBHOOK_SECRET || undefined
  },
}

export type S3Settings = {
  accessKeyId: string
  bucket: string
  endpoint?: string
  forcePathStyle: boolean
  prefix: string
  region: string
  secretAccessKey: string
}

/**
 * Production must set PAYLOAD_SECRET. Locally a random secret is created once in the data
 * directory, so the two-command start needs no env file and sessions survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` imports the config but signs nothing, so it needs no real secret.
  if (env.isProduction && process.env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example)')
  }
  const file = path.join(env.dataDir, 'payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(env.dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}
