import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Site } from '../../payload-types'
import type { Api } from './api'
import { createSite } from './sites'

/** A site with the video feature switched on. */
export const createVideoSite = (payload: Payload, slug: string): Promise<Site> =>
  createSite(payload, slug, { features: ['videos'] })

/** Uploads a file to `/api/videos` as the admin panel does (multipart, `_payload` JSON). */
export async function uploadVideo(
  api: Api,
  file: string,
  data: Record<string, unknown>,
  auth: { headers?: Record<string, string>; token?: string } = {},
  filename = path.basename(file),
) {
  const form = new FormData()
  form.append(
    'file',
    new File([new Uint8Array(await fs.readFile(file))], filename, { type: 'video/mp4' }),
  )
  form.append('_payload', JSON.stringify(data))
  return api.postForm<{
    doc?: { id: number; filename: string; status: string }
    errors?: { message: string }[]
  }>('/videos', form, auth)
}

/** Jobs in pg-boss of one queue (the sender creates the schema on first use; none before that). */
export async function jobsOf(
  payload: Payload,
  name: string,
): Promise<{ data: Record<string, unknown>; state: string }[]> {
  const { pool } = payload.db as unknown as {
    pool: {
      query: (
        sql: string,
        values: unknown[],
      ) => Promise<{ rows: { data: Record<string, unknown>; state: string }[] }>
    }
  }
  const exists = await pool.query(`select to_regclass('pgboss.job') as t`, [])
  if (!(exists.rows[0] as unknown as { t: null | string }).t) return []
  return (
    await pool.query(`select data, state from pgboss.job where name = $1 order by created_on`, [
      name,
    ])
  ).rows
}
