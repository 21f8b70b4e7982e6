import type { Endpoint } from 'payload'

import { moderateVideoEndpoint } from './moderation/moderateVideoEndpoint'
import { moderateVideosEndpoint } from './moderation/moderateVideosEndpoint'
import { retryVideoEndpoint } from './moderation/retryVideoEndpoint'

/** Decisions on videos and retries of failed ones, under `/api/videos`. Comment decisions: `hooks/logCommentDecision.ts`. */
export const moderationEndpoints: Endpoint[] = [
  moderateVideosEndpoint,
  moderateVideoEndpoint,
  retryVideoEndpoint,
]
