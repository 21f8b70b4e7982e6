/**
 * The plugin contract: deleting any plugin's line from payload.config.ts leaves a Prism that builds,
 * migrates an empty database, boots, seeds its demo content, serves its sites' pages and runs its
 * worker, with nothing of the removed plugin left (no collection, block, queue or endpoint).
 * Every plugin of the list is removed in turn, later ones included.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type SanitizedConfig } from 'payload'
import { createElement } from 'react'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { startWorker } from '../../media-workers/worker'
import config, { plugins } from '../../payload.config'
import type { Page } from '../../payload-types'
import { RenderBlocks } from '../../blocks/RenderBlocks'
import { blockRenderers } from '../../collections/fields/pageBlocks'
import { offeredFeatures } from '../../plugins/sites'
import { closePayload, forgetCachedPayload } from '../../src/boot'
import { buildPrismConfig } from '../../src/config/buildPrismConfig'
import { configQueues } from '../../src/queue/pluginQueues'
import { seed } from '../../src/seed'
import { createApi } from '../helpers/api'
import { renderHtml } from '../helpers/renderHtml'
import { createDatabase, dropDatabase, uriFor } from '../setup/databaseServer'
import { TEST_SECRET } from '../setup/secret'

/** The core's own blocks, rendered by blocks/RenderBlocks.tsx without a registry entry. */
const coreBlocks = ['archive', 'banner', 'code', 'content', 'cta', 'mediaBlock', 'relatedPosts']

const full = await config
const slugs = (c: SanitizedConfig) => c.collections.map((collection) => collection.slug)
const queueNames = (c: SanitizedConfig) => Object.keys(configQueues(c).queues)
const endpoints = (c: SanitizedConfig) =>
  [
    ...c.endpoints,
    ...c.collections.flatMap((collection) =>
      (collection.endpoints || []).map((e) => ({ ...e, path: `/${collection.slug}${e.path}` })),
    ),
  ].map((e) => `${e.method} ${e.path}`)
const layoutBlocks = (c: SanitizedConfig) => {
  const layout = c.collections
    .find((collection) => collection.slug === 'pages')!
    .flattenedFields.find((field) => field.name === 'layout')
  return layout?.type === 'blocks' ? layout.blocks.map((block) => block.slug) : []
}
const missing = (all: string[], kept: string[]) => all.filter((name) => !kept.includes(name))

const cases = await Promise.all(
  plugins.map(async (_, index) => {
    const reduced = await buildPrismConfig(plugins.filter((__, other) => other !== index))
    const gone = {
      collections: missing(slugs(full), slugs(reduced)),
      endpoints: missing(endpoints(full), endpoints(reduced)),
      // A feature's site routes serve only while its plugin offers it (src/site/requireSiteFeature.ts).
      features: missing([...offeredFeatures(full)], [...offeredFeatures(reduced)]),
      queues: missing(queueNames(full), queueNames(reduced)),
    }
    const name = gone.collections[0] ?? gone.queues[0] ?? gone.endpoints[0] ?? `plugin ${index}`
    return { name, gone, index, reduced }
  }),
)

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('removing one plugin from payload.config.ts', { timeout: 240_000 }, () => {
  it('removes something of each plugin: every line of the list contributes', () => {
    for (const { name, gone } of cases)
      expect([...gone.collections, ...gone.endpoints, ...gone.queues], name).not.toEqual([])
  })

  it.each(cases)(
    'without the plugin of $name, Prism migrates, boots, seeds, serves its pages and runs its worker',
    async ({ gone, reduced }) => {
      const { databasePrefix, serverUri, tempRoot } = inject('databases')
      const database = `${databasePrefix}removal_${Math.random().toString(36).slice(2, 8)}`
      await createDatabase(serverUri, database)
      const dataDir = fs.mkdtempSync(path.join(tempRoot, 'removal-'))
      cleanups.push(async () => {
        await dropDatabase(serverUri, database)
        fs.rmSync(dataDir, { force: true, recursive: true })
      })
      Object.assign(process.env, {
        DATA_DIR: dataDir,
        DATABASE_URI: uriFor(serverUri, database),
        PAYLOAD_SECRET: TEST_SECRET,
      })
      forgetCachedPayload()
      const payload = await getPayload({ config: reduced })
      payload.logger.level = process.env.TEST_LOG_LEVEL || 'fatal'
      cleanups.push(() => closePayload(payload))

      // An empty database takes every migration; the tables of the removed plugin stay unused.
      await payload.db.migrate()
      await seed(payload)
      for (const slug of gone.collections) expect(payload.collections).not.toHaveProperty(slug)

      // Every site's home page: served over REST, and each block on it has a component to render it.
      const api = createApi(reduced)
      const renderable = [...coreBlocks, ...Object.keys(blockRenderers(reduced))]
      expect(layoutBlocks(reduced).filter((block) => !renderable.includes(block))).toEqual([])
      const { docs: sites } = await payload.find({ collection: 'sites', depth: 0, limit: 100 })
      expect(sites.length).toBeGreaterThan(1)
      for (const site of sites) {
        for (const feature of gone.features) expect(site.features, site.slug).not.toContain(feature)
        const response = await api.get<{ docs: { layout: { blockType: string }[] }[] }>(
          `/pages?where[slug][equals]=home&where[site][equals]=${site.id}&depth=1`,
        )
        expect(response.status, site.slug).toBe(200)
        const [home] = response.body.docs
        expect(home, `${site.slug} has a home page`).toBeDefined()
        expect(
          home.layout.map((block) => block.blockType).filter((type) => !renderable.includes(type)),
          site.slug,
        ).toEqual([])
        // …and renders, as the site's page does: every block in its band, no component failing.
        const html = await renderHtml(
          createElement(RenderBlocks, { blocks: home.layout as Page['layout'], siteId: site.id }),
        )
        const rendered = [...html.matchAll(/class="block block--([\w-]+)/g)].map(([, type]) => type)
        expect(rendered, site.slug).toEqual(home.layout.map((block) => block.blockType))
      }

      // The worker takes the jobs of the plugins that remain, and has no queue of the removed one.
      const { handlers, queues } = configQueues(payload.config)
      const worker = await startWorker({
        databaseUri: process.env.DATABASE_URI!,
        handlers,
        payload,
        queues,
      })
      cleanups.push(() => worker.stop(1))
      const created = (await worker.boss.getQueues()).map((queue) => queue.name)
      expect(created).toEqual(expect.arrayContaining(Object.keys(queues)))
      for (const queue of gone.queues) expect(created).not.toContain(queue)
    },
  )
})
