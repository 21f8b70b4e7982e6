import { randomBytes } from 'node:crypto'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { assertKey, assertPrefixesApart, assertRange, contentTypeFor, rebaseKey } from './keys'
import type { ObjectStorage } from './types'

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '')

// Dot names can never be keys (see assertKey), so `list` skips these and nothing reads half a file.
const tempSibling = (file: string) =>
  path.join(path.dirname(file), `.${randomBytes(6).toString('hex')}.partial`)

/**
 * Objects as files under `rootDir`, one folder per key segment. Writes land in a hidden temp file
 * beside the target and are renamed into place. Content types come from the key's extension:
 * a file has nowhere to keep one given to `put`.
 */
export function localStorage(rootDir: string): ObjectStorage {
  const root = path.resolve(rootDir)
  const fileOf = (key: string) => path.join(root, ...assertKey(key).split('/'))

  const isFile = (file: string) =>
    fsp.stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )

  /** Removes folders a delete or move left empty, up to (not including) the root. */
  async function prune(folder: string): Promise<void> {
    for (let dir = folder; dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
      try {
        await fsp.rmdir(dir)
      } catch {
        return
      }
    }
  }

  /** Runs `write` once the file's folder exists; retried because a concurrent delete may prune that folder meanwhile. */
  async function inFolderOf(file: string, write: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await fsp.mkdir(path.dirname(file), { recursive: true })
      try {
        return await write()
      } catch (error) {
        if (errorCode(error) !== 'ENOENT' || attempt >= 3) throw error
      }
    }
  }

  const writeAtomically = (file: string, fill: (temp: string) => Promise<void>) =>
    inFolderOf(file, async () => {
      const temp = tempSibling(file)
      try {
        await fill(temp)
        await fsp.rename(temp, file)
      } catch (error) {
        await fsp.rm(temp, { force: true })
        throw error
      }
    })

  async function collect(dir: string, keyPrefix: string, keys: string[]): Promise<void> {
    let entries
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true })
    } catch (error) {
      if (isMissing(error)) return
      throw error
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const key = `${keyPrefix}/${entry.name}`
      if (entry.isDirectory()) await collect(path.join(dir, entry.name), key, keys)
      else if (entry.isFile()) keys.push(key)
    }
  }

  const storage: ObjectStorage = {
    kind: 'local',

    async delete(key) {
      const file = fileOf(key)
      try {
        await fsp.unlink(file)
      } catch (error) {
        // EISDIR: the key names a folder, which holds no object of its own.
        if (isMissing(error) || errorCode(error) === 'EISDIR') return
        throw error
      }
      await prune(path.dirname(file))
    },

    async deletePrefix(prefix) {
      const keys = await storage.list(prefix)
      for (const key of keys) await storage.delete(key)
      return keys.length
    },

    async get(key, range) {
      const file = fileOf(key)
      if (range) assertRange(range)
      let handle
      try {
        handle = await fsp.open(file, 'r')
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
      // Size and bytes come from the same open file, even if a writer renames a new version over it.
      try {
        const stats = await handle.stat()
        if (!stats.isFile()) {
          await handle.close()
          return null
        }
        const contentType = contentTypeFor(key)
        if (!range)
          return {
            body: handle.createReadStream(),
            contentLength: stats.size,
            contentType,
            size: stats.size,
          }
        if (range.start >= stats.size) {
          throw new RangeError(`Range starts at byte ${range.start} of a ${stats.size}-byte object`)
        }
        const end = Math.min(range.end ?? stats.size - 1, stats.size - 1)
        return {
          body: handle.createReadStream({ end, start: range.start }),
          contentLength: end - range.start + 1,
          contentType,
          size: stats.size,
        }
      } catch (error) {
        await handle.close()
        throw error
      }
    },

    async list(prefix) {
      const keys: string[] = []
      await collect(fileOf(prefix), prefix, keys)
      return keys.sort()
    },

    async move(from, to) {
      const source = fileOf(from)
      const target = fileOf(to)
      if (!(await isFile(source)))
        throw new Error(`Cannot move ${JSON.stringify(from)}: no such object`)
      if (source === target) return
      await inFolderOf(target, async () => {
        try {
          await fsp.rename(source, target)
        } catch (error) {
          // Prefixes may be mounted on different disks.
          if (errorCode(error) !== 'EXDEV') throw error
          await writeAtomically(target, (temp) => fsp.copyFile(source, temp))
          await fsp.unlink(source)
        }
      })
      await prune(path.dirname(source))
    },

    async movePrefix(fromPrefix, toPrefix) {
      assertPrefixesApart(fromPrefix, toPrefix)
      const keys = await storage.list(fromPrefix)
      for (const key of keys) await storage.move(key, rebaseKey(key, fromPrefix, toPrefix))
      return keys.length
    },

    async put(key, body) {
      await writeAtomically(fileOf(key), (temp) => fsp.writeFile(temp, body))
    },

    async putFile(key, filePath) {
      // copyFile lets the kernel copy (or clone) the bytes; nothing passes through this process's memory.
      await writeAtomically(fileOf(key), (temp) => fsp.copyFile(filePath, temp))
    },

    async stat(key) {
      try {
        const stats = await fsp.stat(fileOf(key))
        return stats.isFile()
          ? { contentType: contentTypeFor(key), modifiedAt: stats.mtime, size: stats.size }
          : null
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
  }
  return storage
}
