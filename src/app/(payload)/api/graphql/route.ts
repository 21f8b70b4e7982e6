import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApiRequest } from '@/src/http/guardApiRequest'

// A query's body is limited like any other API body before GraphQL parses it.
export const POST = guardApiRequest(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
