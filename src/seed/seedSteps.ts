import type { Config, Payload, SanitizedConfig } from 'payload'

import type { User } from '../../payload-types'

/** What the core seed made, for a plugin's seed step: the demo sites by slug and the demo users by email. */
export type SeedContext = {
  sites: Record<string, number>
  users: Map<string, User>
  /** A worker will run (`npm run dev`, `npm run seed`): steps whose content needs one (videos to process) run too. */
  worker: boolean
}

/** A plugin's part of the demo content, run after the core's sites, users and pages. */
export type SeedStep = { name: string; run: (payload: Payload, context: SeedContext) => Promise<void> }

/** The seed steps of every plugin in the config, in plugin order. */
export const seedSteps = (config: Pick<Config, 'custom'>): SeedStep[] => (config.custom?.seedSteps ?? []) as SeedStep[]

/** Adds a plugin's seed step (`custom.seedSteps`); `npm run seed` and a new install's first start run it. */
export const addSeedStep = (config: Config, step: SeedStep): Config => ({ ...config, custom: { ...config.custom, seedSteps: [...seedSteps(config), step] } })

/** The site features the config offers (plugins add them): a demo site switches on only those. */
export const offeredFeatures = (config: Pick<SanitizedConfig, 'custom'>): Set<string> =>
  new Set(((config.custom?.siteFeatures ?? []) as { value: string }[]).map((feature) => feature.value))
