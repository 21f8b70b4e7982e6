import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { customList } from '../config/customList'

/** What the core seed made, for a plugin's seed step: the demo sites by slug and the demo users by email. */
export type SeedContext = {
  sites: Record<string, number>
  users: Map<string, User>
  /** A worker will run (`npm run dev`, `npm run seed`): steps whose content needs one (videos to process) run too. */
  worker: boolean
}

/** A plugin's part of the demo content, run after the core's sites, users and pages. */
export type SeedStep = {
  name: string
  run: (payload: Payload, context: SeedContext) => Promise<void>
}

/** Plugins' seed steps (`custom.seedSteps`); `npm run seed` and a new install's first start run them, in plugin order. */
export const seedSteps = customList<SeedStep>('seedSteps')
