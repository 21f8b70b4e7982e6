import config from '@payload-config'
import type { Footer } from '@payload-types'
import { getPayload } from 'payload'

export async function queryFooter(): Promise<Footer> {
  const payload = await getPayload({ config })
  return payload.findGlobal({ slug: 'footer', depth: 1, overrideAccess: false })
}
