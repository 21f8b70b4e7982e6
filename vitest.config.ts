import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * `npm run test:fast` (TEST_TIER=fast) leaves out what a developer does not want to wait for while
 * working: every test that serves the app (`*.server.test.ts`: `next start` of the run's one build),
 * drives Chromium (`*.browser.test.ts`), or drills the whole system (`*.system.test.ts`: workers
 * killed or stopped mid-job and waited for, Prism rebuilt without each plugin). `npm test` runs
 * everything.
 */
const slowTiers = ['**/*.browser.test.ts', '**/*.server.test.ts', '**/*.system.test.ts']

/**
 * Files that need a process of their own: they re-import modules (`vi.resetModules`, `vi.doMock`)
 * or serve the app with settings Next.js reads at import (SERVER_URL). Every other file shares its
 * vitest worker's process with the files before it (one that needs S3 for image media builds its
 * own config: `createTestPayload({ ownConfig: true })`).
 */
const ownProcess = [
  'src/inference/nsfw.test.ts',
  'plugins/video/media/binaries.test.ts',
  'src/storage/mediaStorage.server.test.ts',
  'tests/abuse/sitesHttp.test.ts',
]
const exclude = [
  '**/node_modules/**',
  '**/.data/**',
  '**/.next*/**',
  ...(process.env.TEST_TIER === 'fast' ? slowTiers : []),
]

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: '@payload-types', replacement: path.join(root, 'payload-types.ts') },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    globalSetup: ['./tests/setup/globalSetup.ts'],
    // Boot, migrations and sharp are slow on a 2-core CI machine; a real failure still fails fast.
    hookTimeout: 180_000,
    maxWorkers: 3,
    pool: 'forks',
    projects: [
      // Importing the config and its module graph costs 3–8 s; paid once per worker process instead
      // of once per file. Each file still boots its own Payload on its own database
      // (tests/helpers/testPayload.ts), and tests/setup/fileIsolation.ts undoes what it set.
      {
        extends: true,
        test: {
          name: 'shared',
          exclude: [...exclude, ...ownProcess],
          include: ['**/*.test.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-process', exclude, include: ownProcess, isolate: true } },
    ],
    reporters: ['default', './tests/setup/timingReporter.ts'],
    setupFiles: ['./tests/setup/fileIsolation.ts'],
    teardownTimeout: 60_000,
    testTimeout: 120_000,
  },
})
