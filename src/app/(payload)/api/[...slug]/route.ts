import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardApiRequest } from '@/src/http/guardApiRequest'

// Bodies are limited, and uploads refused to who may not make them, before Payload reads them.
export const GET = REST_GET(config)
export const POST = guardApiRequest(config, REST_POST(config))
export const DELETE = guardApiRequest(config, REST_DELETE(config))
export const PATCH = guardApiRequest(config, REST_PATCH(config))
export const PUT = guardApiRequest(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
