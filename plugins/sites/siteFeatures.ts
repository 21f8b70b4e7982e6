import type { Config } from 'payload'

import { customList } from '../../src/config/customList'
import type { SiteFeature } from './types'

/** Features other plugins offer, which each site switches on or off (`sites.features`). */
export const siteFeatures = customList<SiteFeature>('siteFeatures')

/** The features this Prism offers: those of the plugins in its config. */
export const offeredFeatures = (config: Pick<Config, 'custom'>): Set<string> =>
  new Set(siteFeatures.read(config).map((feature) => feature.value))
