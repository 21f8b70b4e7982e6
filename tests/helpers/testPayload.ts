import '@payloadcms/db-postgres'
import type { Payload, SanitizedConfig } from 'payload'

import { bootPayload, closePayload } from '../../src/boot'
import { buildPrismConfig } from '../../src/config/buildPrismConfig'
import { TEST_SECRET } from '../setup/secret'
import { useFixtureSite } from './fixtures'
import { createSite, siteIdOf } from './sites'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestPayload = Omit<TestDatabase, 'drop'> & {
  payload: Payload
  /** The site tests write to: `test` on an empty database, `lightwave` when seeded (-1 with `site: false`). */
  siteId: number
  config: SanitizedConfig
  cleanup: () => Promise<void>
}

type Options = {
  /** Start from the demo content (with its media files) instead of an empty, migrated database. */
  seeded?: boolean
  /** Extra env read by the config at import (UPLOAD_MAX_BYTES, IMAGE_MAX_PIXELS…). */
  env?: Record<string, string>
  /**
   * Build this file's own config after setting `env`, for settings the config reads when it is
   * built rather than when used (S3_* puts image media in the bucket): the process's imported
   * config was built before this file's env, and stays as it was for the files after it.
   */
  ownConfig?: boolean
  /**
   * On an empty database, create one site (`test`) first (default true). With exactly one site,
   * documents created without a `site` land on it, so tests of one site need not name it.
   */
  site?: boolean
}

/**
 * A Payload of its own for one test file, on a fresh database and DATA_DIR. Call it once per file,
 * and `cleanup` in afterAll: the files of a vitest worker share one process and one imported config
 * (see vitest.config.ts), and Payload caches one instance per process until cleanup forgets it.
 */
export async function createTestPayload({
  env = {},
  ownConfig = false,
  seeded = false,
  site = true,
}: Options = {}): Promise<TestPayload> {
  const { drop, ...database } = await createTestDatabase({ seeded })
  Object.assign(process.env, { DATA_DIR: database.dataDir, PAYLOAD_SECRET: TEST_SECRET, ...env })
  // Imported here, not at the top: a file in a process of its own sets env the config reads first.
  const config = ownConfig
    ? await buildPrismConfig((await import('../../payload.config')).plugins)
    : undefined
  const payload = await bootPayload(database.databaseUri, { config })
  // Expected refusals (403s, validation errors) are logged by Payload; TEST_LOG_LEVEL=info shows them.
  payload.logger.level = process.env.TEST_LOG_LEVEL || 'fatal'
  const siteId = seeded
    ? await siteIdOf(payload, 'lightwave')
    : site
      ? (await createSite(payload, 'test')).id
      : -1
  useFixtureSite(siteId)

  const cleanup = async () => {
    await closePayload(payload)
    // Dropping the database (FORCE) closes the connection the adapter keeps checked out.
    await drop()
  }
  return { ...database, cleanup, config: payload.config, payload, siteId }
}
