/**
 * `npm run bench`: API and site throughput of a production build, each against a baseline measured
 * in the same run on the same machine (see README "Benchmarks"):
 *   - REST/GraphQL reads  vs  a plain node http server answering the same rows with one raw pg query
 *   - a cached site page  vs  a static file from public/
 */
import autocannon from 'autocannon'
import http from 'node:http'
import os from 'node:os'
import pg from 'pg'

import { bootPayload, closePayload } from '../src/boot'
import { seed } from '../src/seed'
import { benchApp } from './harness'

const CONNECTIONS = 50
const DURATION = Number(process.env.BENCH_SECONDS || 10)
const PORT = Number(process.env.BENCH_PORT || 3311)
const BASELINE_PORT = PORT + 1

type Row = { name: string; p50: number; p99: number; rps: number }

const app = await benchApp('api', { databasePort: 55400, port: PORT })

try {
  const payload = await bootPayload(app.databaseUri)
  await payload.db.migrate()
  await seed(payload)
  await closePayload(payload)

  await app.start('/api/pages?limit=1')
  const base = `http://127.0.0.1:${PORT}`

  const pool = new pg.Pool({ connectionString: app.databaseUri, max: 10 })
  const baseline = http.createServer(async (req, res) => {
    const sql = req.url?.startsWith('/posts')
      ? `SELECT p.*, row_to_json(m) AS hero_image FROM posts p LEFT JOIN media m ON m.id = p.hero_image_id
         WHERE p._status = 'published' ORDER BY p.published_at DESC LIMIT 10`
      : `SELECT * FROM pages WHERE slug = 'home' LIMIT 1`
    const { rows } = await pool.query(sql)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ docs: rows }))
  })
  await new Promise<void>((resolve) => baseline.listen(BASELINE_PORT, '127.0.0.1', resolve))
  const raw = `http://127.0.0.1:${BASELINE_PORT}`

  const graphqlPosts = JSON.stringify({
    query: '{ Posts(limit: 10) { docs { id title slug heroImage { url alt } } } }',
  })
  const graphqlHome = JSON.stringify({
    query:
      '{ Pages(where: { slug: { equals: "home" } }) { docs { id title layout { __typename } } } }',
  })
  const post = {
    body: '',
    headers: { 'content-type': 'application/json' },
    method: 'POST' as const,
  }

  // Warm every route once so compile-on-first-request and ISR fill are not measured.
  for (const url of [
    `${base}/`,
    `${base}/bench.txt`,
    `${base}/api/posts?depth=1`,
    `${base}/api/pages?where[slug][equals]=home`,
  ])
    await fetch(url)

  const rows: Row[] = []
  const pairs: [string, string][] = []
  const measure = async (name: string, url: string, options: Partial<autocannon.Options> = {}) => {
    const result = await autocannon({
      connections: CONNECTIONS,
      duration: DURATION,
      url,
      ...options,
    })
    if (result.non2xx || result.errors)
      console.warn(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
    rows.push({
      name,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
    })
    console.log(`  ${name.padEnd(44)} ${result.requests.average.toFixed(0).padStart(7)} req/s`)
  }

  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s each, next start on ${os.cpus().length} cores\n`,
  )
  await measure('baseline: raw pg, posts', `${raw}/posts`)
  await measure('REST GET /api/posts?depth=1', `${base}/api/posts?depth=1`)
  await measure('GraphQL Posts', `${base}/api/graphql`, { ...post, body: graphqlPosts })
  pairs.push(
    ['REST GET /api/posts?depth=1', 'baseline: raw pg, posts'],
    ['GraphQL Posts', 'baseline: raw pg, posts'],
  )
  await measure('baseline: raw pg, home page', `${raw}/pages`)
  await measure(
    'REST GET /api/pages?where[slug]=home',
    `${base}/api/pages?where[slug][equals]=home`,
  )
  await measure('GraphQL Pages(slug: home)', `${base}/api/graphql`, { ...post, body: graphqlHome })
  pairs.push(
    ['REST GET /api/pages?where[slug]=home', 'baseline: raw pg, home page'],
    ['GraphQL Pages(slug: home)', 'baseline: raw pg, home page'],
  )
  await measure('baseline: static file public/bench.txt', `${base}/bench.txt`)
  await measure('site: cached home page /', `${base}/`)
  pairs.push(['site: cached home page /', 'baseline: static file public/bench.txt'])

  console.log(
    '\n| measured | req/s | p50 ms | p99 ms | vs baseline |\n| --- | ---: | ---: | ---: | ---: |',
  )
  for (const row of rows) {
    const pair = pairs.find(([name]) => name === row.name)
    const against = pair && rows.find((r) => r.name === pair[1])
    const ratio = against
      ? `${(row.rps / against.rps).toFixed(2)}× (${(against.rps / row.rps).toFixed(1)}× slower)`
      : 'baseline'
    console.log(`| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${ratio} |`)
  }
  baseline.close()
  await pool.end()
} finally {
  await app.stop()
}
process.exit(0)
