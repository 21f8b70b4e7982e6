import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The embedded Postgres cluster of an earlier run, right after its templates were built, kept in
 * `$DATA_DIR/test-templates/<key>` (with the seeded template's media). Building the templates
 * (migrations, the demo seed and its images) is the first 12–15 s of every run, before any test
 * can start; a developer re-running `npm run test:fast` pays it again only when something the
 * templates are built from changed. CI starts from a clean clone and always builds.
 */
export type CachedTemplates = {
  databasePrefix: string
  emptyTemplate: string
  seededTemplate: string
}

const cacheRoot = (root: string) =>
  path.join(path.resolve(root, process.env.DATA_DIR || '.data'), 'test-templates')

/** What a test needs from the repository does not build templates: tests, docs, benchmarks. */
const buildsNothing = (file: string) =>
  (/\.test\.ts$|\.md$/.test(file) || /^(tests|docs|bench|\.ci)\//.test(file)) &&
  file !== 'tests/setup/buildTemplate.ts'

/**
 * A hash of every file the templates may be built from (tracked or new, as on disk), the Node
 * version, and today's date: the demo seed places its events days ahead of the day it runs.
 * Null outside a git checkout, where the files cannot be listed: no cache then.
 */
export function templateCacheKey(root: string): null | string {
  let files: string[]
  try {
    files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && !buildsNothing(file))
      .sort()
  } catch {
    return null
  }
  const hash = createHash('sha256').update(
    `${process.version}\n${new Date().toISOString().slice(0, 10)}\n`,
  )
  for (const file of files) {
    const full = path.join(root, file)
    // Deleted in the working tree, or a link to a folder (a linked node_modules).
    if (!fs.statSync(full, { throwIfNoEntry: false })?.isFile()) continue
    hash.update(`${file}\n`).update(fs.readFileSync(full))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Copies the cached cluster and media into place; null when there is none for this key. */
export function restoreTemplates(
  root: string,
  key: string,
  { clusterDir, mediaDir }: { clusterDir: string; mediaDir: string },
): CachedTemplates | null {
  const entry = path.join(cacheRoot(root), key)
  const meta = path.join(entry, 'templates.json')
  if (!fs.existsSync(meta)) return null
  fs.mkdirSync(path.dirname(mediaDir), { recursive: true })
  fs.cpSync(path.join(entry, 'postgres'), clusterDir, { recursive: true })
  fs.cpSync(path.join(entry, 'media'), mediaDir, { recursive: true })
  ownForPostgres(clusterDir)
  return JSON.parse(fs.readFileSync(meta, 'utf8')) as CachedTemplates
}

/** Keeps a stopped cluster and the seeded media under `key`, replacing older entries. */
export function saveTemplates(
  root: string,
  key: string,
  {
    clusterDir,
    mediaDir,
    templates,
  }: { clusterDir: string; mediaDir: string; templates: CachedTemplates },
): void {
  const dir = cacheRoot(root)
  fs.mkdirSync(dir, { recursive: true })
  // Written beside and renamed into place: a run starting meanwhile never reads half an entry.
  const partial = fs.mkdtempSync(path.join(dir, `.${key}-`))
  fs.cpSync(clusterDir, path.join(partial, 'postgres'), { recursive: true })
  fs.cpSync(mediaDir, path.join(partial, 'media'), { recursive: true })
  fs.writeFileSync(path.join(partial, 'templates.json'), JSON.stringify(templates))
  for (const old of fs.readdirSync(dir)) {
    const full = path.join(dir, old)
    // Another run's entry being written is young; an old one was left by a run that died.
    const stale = !old.startsWith('.') || Date.now() - fs.statSync(full).mtimeMs > 60 * 60 * 1000
    if (stale && full !== partial) fs.rmSync(full, { force: true, recursive: true })
  }
  try {
    fs.renameSync(partial, path.join(dir, key))
  } catch {
    fs.rmSync(partial, { force: true, recursive: true }) // another run saved the same key first
  }
}

/** Postgres refuses a data folder it does not own (as root, the `postgres` user runs it). */
function ownForPostgres(clusterDir: string): void {
  fs.chmodSync(clusterDir, 0o700)
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', clusterDir])
}
