import type { Endpoint } from 'payload'

import { viewBeaconEndpoint } from './watching/viewBeacon'

/** What the public site's player calls, under `/api/videos`. */
export const watchingEndpoints: Endpoint[] = [viewBeaconEndpoint]
