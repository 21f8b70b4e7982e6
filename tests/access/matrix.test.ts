/**
 * The access matrix: every tenant-owned collection (the core's rows in `matrix.table.ts`, each
 * plugin's in `plugins/<name>/access.matrix.ts`) × every role, on its own site and on another
 * site, and anonymous × Local API (`overrideAccess: false`), REST and GraphQL × read, create,
 * update, delete. Each cell's outcome is compared with the row's rule; a test lists every cell
 * that disagrees.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import config from '../../payload.config'
import { richText } from '../../src/seed/lexical'
import { type Api, createApi } from '../helpers/api'
import { createSite } from '../helpers/sites'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { testPng, uploadForm } from '../helpers/upload'
import { createUser } from '../helpers/users'
import {
  type Actor,
  coreRows,
  type MatrixContribution,
  type Operation,
  type Row,
  type RowContext,
  type Where,
} from './matrix.table'

const pluginsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../plugins')
const contributions = await Promise.all(
  readdirSync(pluginsDir)
    .map((plugin) => path.join(pluginsDir, plugin, 'access.matrix.ts'))
    .filter((file) => existsSync(file))
    .map((file) => import(file) as Promise<MatrixContribution>),
)
const built = await config
// A plugin taken out of payload.config.ts leaves its folder, and its rows, behind.
const present = new Set(built.collections.map((collection) => collection.slug))
const rows: Row[] = [
  ...coreRows,
  ...contributions.flatMap((contribution) => contribution.rows ?? []),
].filter((row) => present.has(row.collection))
const coveredElsewhere = new Set(
  contributions
    .flatMap((contribution) => contribution.coveredElsewhere ?? [])
    .map((covered) => covered.collection),
)

const actors: Actor[] = [
  'super-admin',
  'global-editor',
  'admin',
  'editor',
  'moderator',
  'instructor',
  'creator',
  'member',
  'anonymous',
]
const operations: Operation[] = ['read', 'create', 'update', 'delete']
const interfaces = ['local', 'rest', 'graphql'] as const
type Interface = (typeof interfaces)[number]

let t: TestPayload
let api: Api
let png: Buffer
const sites = {} as Record<Where, { form: number; id: number; page: number }>
const accounts = new Map<Actor, { token?: string; user?: User & { collection: 'users' } }>()
let counter = 0
const unique = () => `m${++counter}`

beforeAll(async () => {
  // Every role creates many documents from one (absent) address: the rate limits are tested elsewhere.
  t = await createTestPayload({
    env: { RATE_LIMIT_COMMENTS: 'off', RATE_LIMIT_FORMS: 'off' },
    site: false,
  })
  api = createApi(t.config)
  png = await testPng(32, 32)
  const own = await createSite(t.payload, 'own')
  const other = await createSite(t.payload, 'other')
  for (const [where, site] of [
    ['own', own],
    ['other', other],
  ] as const) {
    const form = present.has('forms')
      ? (
          await t.payload.create({
            collection: 'forms',
            data: {
              confirmationMessage: richText('Thanks'),
              confirmationType: 'message',
              fields: [],
              site: site.id,
              title: 'Contact',
            },
          })
        ).id
      : 0
    const page = await t.payload.create({
      collection: 'pages',
      data: coreRows[0].create({ form, page: 0, site: site.id, unique: unique() }) as never,
    })
    sites[where] = { id: site.id, form, page: page.id }
  }
  for (const actor of actors) {
    if (actor === 'anonymous') {
      accounts.set(actor, {})
      continue
    }
    const global =
      actor === 'super-admin'
        ? (['super-admin'] as const)
        : actor === 'global-editor'
          ? (['editor'] as const)
          : []
    const siteRoles = global.length
      ? {}
      : { [own.id]: [actor as Exclude<Actor, 'anonymous' | 'global-editor' | 'super-admin'>] }
    const { token, user } = await createUser(
      t.payload,
      `${actor}@matrix.local`,
      [...global],
      siteRoles,
    )
    accounts.set(actor, { token, user: { ...user, collection: 'users' } })
  }
})
afterAll(async () => t?.cleanup())

type Outcome = { ok: boolean; status: number | string }

const fail = (error: unknown): Outcome => ({
  ok: false,
  status: (error as { status?: number }).status ?? String(error),
})

/** What a row's factories get to make a new document on a site. */
const rowContext = (where: Where): RowContext => {
  const site = sites[where]
  return { form: site.form, page: site.page, site: site.id, unique: unique() }
}

/** A new upload of the test image under a name of its own (Local API). */
const pngFile = () => ({
  name: `${unique()}.png`,
  data: png,
  mimetype: 'image/png',
  size: png.length,
})

/** A document of the row on a site, created with full access (for reads, updates and deletes). */
async function seedDoc(payload: Payload, row: Row, where: Where): Promise<number> {
  const data = row.create(rowContext(where))
  const file = row.upload ? pngFile() : undefined
  const doc = await payload.create({ collection: row.collection, data: data as never, file })
  return doc.id as number
}

async function local(
  row: Row,
  actor: Actor,
  op: Operation,
  where: Where,
  id: number,
): Promise<Outcome> {
  const { user } = accounts.get(actor)!
  const common = { collection: row.collection, depth: 0, overrideAccess: false, user }
  try {
    if (op === 'read')
      return {
        ok: Boolean(await t.payload.findByID({ ...common, id, disableErrors: true })),
        status: 'found',
      }
    if (op === 'update') await t.payload.update({ ...common, id, data: row.update as never })
    if (op === 'delete') await t.payload.delete({ ...common, id })
    if (op === 'create') {
      const file = row.upload ? pngFile() : undefined
      await t.payload.create({
        ...common,
        data: row.create(rowContext(where)) as never,
        file,
      })
    }
    return { ok: true, status: 'done' }
  } catch (error) {
    return fail(error)
  }
}

async function rest(
  row: Row,
  actor: Actor,
  op: Operation,
  where: Where,
  id: number,
): Promise<Outcome> {
  const { token } = accounts.get(actor)!
  const path = `/${row.collection}`
  const response =
    op === 'read'
      ? await api.get(`${path}/${id}?depth=0`, { token })
      : op === 'update'
        ? await api.patch(`${path}/${id}`, row.update, { token })
        : op === 'delete'
          ? await api.delete(`${path}/${id}`, { token })
          : row.upload
            ? await api.postForm(
                path,
                uploadForm(png, `${unique()}.png`, 'image/png', row.create(rowContext(where))),
                { token },
              )
            : await api.post(path, row.create(rowContext(where)), { token })
  return { ok: response.status < 300, status: response.status }
}

async function graphql(
  row: Row,
  actor: Actor,
  op: Operation,
  where: Where,
  id: number,
): Promise<Outcome> {
  const { token } = accounts.get(actor)!
  const name = row.graphQL
  const [input, update] = [`mutation${name}Input`, `mutation${name}UpdateInput`]
  const [query, variables, field] =
    op === 'read'
      ? [`query($id: Int!) { ${name}(id: $id) { id } }`, { id }, name]
      : op === 'update'
        ? [
            `mutation($id: Int!, $data: ${update}!) { update${name}(id: $id, data: $data) { id } }`,
            { id, data: row.update },
            `update${name}`,
          ]
        : op === 'delete'
          ? [`mutation($id: Int!) { delete${name}(id: $id) { id } }`, { id }, `delete${name}`]
          : [
              `mutation($data: ${input}!) { create${name}(data: $data) { id } }`,
              {
                data: (row.graphQLCreate ?? row.create)(rowContext(where)),
              },
              `create${name}`,
            ]
  const { body } = await api.graphql<Record<string, { id: number } | null>>(query, variables, {
    token,
  })
  const ok = !body.errors?.length && Boolean(body.data?.[field])
  return {
    ok,
    status: body.errors?.[0]?.extensions?.statusCode ?? body.errors?.[0]?.message ?? 'ok',
  }
}

const run: Record<Interface, typeof local> = { graphql, local, rest }

it('has a row for every site-owned collection, or says which test proves its access', () => {
  const owned = built.collections
    .filter((collection) => collection.custom?.site)
    .map((collection) => collection.slug)
  const covered = new Set([...rows.map((row) => row.collection), ...coveredElsewhere])
  expect(
    owned,
    'the built config marks no collection site-owned: the check would pass on nothing',
  ).toContain('pages')
  expect(owned.filter((slug) => !covered.has(slug))).toEqual([])
})

describe.each(rows)('$collection', (row) => {
  it.each(interfaces)('%s: every role × own/other site × operation', async (via) => {
    if (via === 'graphql' && row.upload) return // files cannot be sent over GraphQL; read/update/delete still go through REST and Local
    const base = {
      other: await seedDoc(t.payload, row, 'other'),
      own: await seedDoc(t.payload, row, 'own'),
    }
    const mismatches: string[] = []
    const cells = actors.flatMap((actor) =>
      (['own', 'other'] as const).map((where) => [actor, where] as const),
    )
    await Promise.all(
      cells.map(async ([actor, where]) => {
        {
          for (const op of operations) {
            const id = op === 'delete' ? await seedDoc(t.payload, row, where) : base[where]
            const outcome = await run[via](row, actor, op, where, id)
            const expected = row.expect(actor, op, where)
            if (outcome.ok !== expected)
              mismatches.push(
                `${actor} ${op} ${where}: expected ${expected ? 'allow' : 'deny'}, got ${outcome.status}`,
              )
            // A refusal is an access error, never a crash or a validation error that hides one.
            else if (
              !expected &&
              via === 'rest' &&
              ![401, 403, 404].includes(outcome.status as number)
            )
              mismatches.push(`${actor} ${op} ${where}: denied with ${outcome.status}`)
          }
        }
      }),
    )
    expect(mismatches).toEqual([])
  })
})
