import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * `npm run test:fast` (TEST_TIER=fast) leaves out what a developer does not want to wait for while
 * working: every test that serves the app (`*.server.test.ts`: `next start` of the run's one build)
 * or drives Chromium (`*.browser.test.ts`). `npm test` runs everything.
 */
const serverTests = ['**/*.browser.test.ts', '**/*.server.test.ts']

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: '@payload-types', replacement: path.join(root, 'payload-types.ts') },
      { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
    ],
  },
  test: {
    exclude: ['**/node_modules/**', '**/.data/**', '**/.next*/**', ...(process.env.TEST_TIER === 'fast' ? serverTests : [])],
    globalSetup: ['./tests/setup/globalSetup.ts'],
    // Boot, migrations and sharp are slow on a 2-core CI machine; a real failure still fails fast.
    hookTimeout: 180_000,
    include: ['**/*.test.ts'],
    // Each file boots its own Payload against its own database. Payload caches its instance on
    // `global` and the config reads DATABASE_URI at import, so every file needs its own process:
    // the default `forks` pool with `isolate: true` starts a fresh child process per file.
    isolate: true,
    maxWorkers: 2,
    pool: 'forks',
    reporters: ['default', './tests/setup/timingReporter.ts'],
    teardownTimeout: 60_000,
    testTimeout: 120_000,
  },
})
