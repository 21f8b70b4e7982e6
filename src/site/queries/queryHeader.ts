import config from '@payload-config'
import type { Header } from '@payload-types'
import { getPayload } from 'payload'

export async function queryHeader(): Promise<Header> {
  const payload = await getPayload({ config })
  return payload.findGlobal({ slug: 'header', depth: 1, overrideAccess: false })
}
