import { customList } from '../../src/config/customList'
import type { SiteFeature } from './types'

/** Features other plugins offer, which each site switches on or off (`sites.features`). */
export const siteFeatures = customList<SiteFeature>('siteFeatures')
