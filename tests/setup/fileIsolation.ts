import { afterAll, vi } from 'vitest'

import { forgetCachedPayload } from '../../src/boot'

// The test files of a vitest worker share one process (vitest.config.ts). What one file set for
// itself must not reach the next: env (DATA_DIR, S3_*, TRUST_PROXY…) and Payload's cached instance.
const saved = { ...process.env }

afterAll(() => {
  vi.unstubAllEnvs()
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  // Normally gone already (closePayload); a file whose set-up failed half-way may not have closed it.
  forgetCachedPayload()
})
