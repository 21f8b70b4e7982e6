import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

import '../setup/context'
import { createDatabase, dropDatabase, uriFor } from '../setup/databaseServer'

export type TestDatabase = {
  databaseUri: string
  /** `$DATA_DIR` for this database: uploads land in `<dataDir>/media`. */
  dataDir: string
  mediaDir: string
  /** Drops the database (closing whatever is still connected) and removes the data folder. */
  drop: () => Promise<void>
}

/**
 * A fresh copy of a template database (migrated; seeded with the demo content and its media files
 * when `seeded`), with a DATA_DIR of its own. Copying a template takes milliseconds.
 */
export async function createTestDatabase({
  seeded = false,
}: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const databases = inject('databases')
  const name = `${databases.databasePrefix}${randomBytes(4).toString('hex')}`
  await createDatabase(
    databases.serverUri,
    name,
    seeded ? databases.seededTemplate : databases.emptyTemplate,
  )

  const dataDir = fs.mkdtempSync(path.join(databases.tempRoot, 'data-'))
  const mediaDir = path.join(dataDir, 'media')
  if (seeded) fs.cpSync(databases.seededMediaDir, mediaDir, { recursive: true })
  else fs.mkdirSync(mediaDir)

  return {
    databaseUri: uriFor(databases.serverUri, name),
    dataDir,
    drop: async () => {
      await dropDatabase(databases.serverUri, name)
      fs.rmSync(dataDir, { force: true, recursive: true })
    },
    mediaDir,
  }
}
