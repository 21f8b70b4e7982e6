/**
 * `npm run bench courses`: a course of 20 modules × 20 lessons with 10,000 enrollments, on a
 * production build. For the seeded member (three enrollments, partial progress in the big course):
 *   - `/my-courses` (page, and its Local API query)  vs  one raw pg query returning the same rows
 *   - `/courses/<slug>` (page, its Local API query, and `GET /api/courses/:id/progress`)
 *     vs  one raw pg query returning the course, its 400 lessons in order and the member's progress
 * The raw queries are served by a plain node http server answering JSON, so both sides pay for
 * HTTP, and are also timed alone. Every figure comes from the same run on the same machine.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import { generateNKeysBetween } from 'payload/shared'
import pg from 'pg'

import type { User } from '../payload-types'
import { bootPayload, closePayload } from '../src/boot'
import { DEMO_PASSWORD, seed } from '../src/seed'
import { heading, list, paragraph, richText } from '../src/seed/lexical'
import { benchApp } from './harness'

const MODULES = 20
const LESSONS_PER_MODULE = 20
const LESSONS = MODULES * LESSONS_PER_MODULE
const LEARNERS = Number(process.env.BENCH_LEARNERS || 10_000)
/** The other learners completed the first 0…MAX_LEARNER_LESSONS lessons each (about 200,000 progress rows), so the progress table is not trivially small. */
const MAX_LEARNER_LESSONS = 40
/** The member is a third of the way through: modules 1–6 done, module 7 half done. */
const MEMBER_COMPLETED = 130
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 8)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const PORT = Number(process.env.BENCH_PORT || 3311) + 4
const BASELINE_PORT = PORT + 1
const MEMBER_EMAIL = 'member@ozean-licht.local'
const SITE_SLUG = 'ozean-licht'
/** As a browser sends it: the proxy maps `<slug>.localhost` to the site, whatever the port. */
const SITE_HOST = `${SITE_SLUG}.localhost:${PORT}`
const COURSE_SLUG = 'the-long-tide'
const COURSE_TITLE = 'The Long Tide'

type Timing = { latencies: number[]; seconds: number }
type Row = {
  against?: string
  bytes?: number
  connections: number
  name: string
  p50: number
  p99: number
  rps: number
  samples: number
}
type Task = () => Promise<number | void>

// ---------------------------------------------------------------- measuring

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]

/**
 * Runs `task` from `connections` workers back to back until there are enough samples for a
 * meaningful p99 and enough time has passed to smooth the machine's noise, or `maxSeconds`.
 */
async function measure(
  task: Task,
  connections: number,
  {
    maxSeconds,
    minSamples,
    minSeconds,
  }: { maxSeconds: number; minSamples: number; minSeconds: number },
): Promise<Timing & { bytes: number }> {
  const latencies: number[] = []
  let bytes = 0
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  const done = () =>
    elapsed() >= maxSeconds || (elapsed() >= minSeconds && latencies.length >= minSamples)
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!done()) {
        const at = performance.now()
        const size = await task()
        latencies.push(performance.now() - at)
        bytes = size ?? bytes
      }
    }),
  )
  return { bytes, latencies, seconds: elapsed() }
}

type Response = { body: string; status: number }

/** One HTTP request on a keep-alive agent; the body is kept only when asked (checks), otherwise just counted. */
function request(
  agent: http.Agent,
  port: number,
  path: string,
  {
    body,
    headers = {},
    keep = false,
    method = 'GET',
  }: { body?: string; headers?: http.OutgoingHttpHeaders; keep?: boolean; method?: string } = {},
): Promise<Response & { bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, headers, host: '127.0.0.1', method, path, port }, (res) => {
      const chunks: Buffer[] = []
      let bytes = 0
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (keep) chunks.push(chunk)
      })
      res.on('end', () =>
        resolve({
          body: keep ? Buffer.concat(chunks).toString('utf8') : '',
          bytes,
          status: res.statusCode ?? 0,
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A GET that must answer 200; resolves to the response size. */
const httpTask =
  (agent: http.Agent, port: number, path: string, headers: http.OutgoingHttpHeaders): Task =>
  async () => {
    const { bytes, status } = await request(agent, port, path, { headers })
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`)
    return bytes
  }

// ---------------------------------------------------------------- processes

/** The process and its descendants, from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {}
  }
  const all: number[] = []
  const visit = (pid: number) => {
    all.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return all
}

/** Current and peak (kernel high-water mark: nothing is missed between samples) resident memory of the `next-server` processes under `root`, in MB. */
function nextServerMemory(root: number): { peakMb: number; rssMb: number } {
  let peakKb = 0
  let rssKb = 0
  for (const pid of processTree(root)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      if (status.match(/Name:\s+(\S+)/)?.[1] !== 'next-server') continue
      peakKb = Math.max(peakKb, Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0))
      rssKb = Math.max(rssKb, Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0))
    } catch {}
  }
  return { peakMb: peakKb / 1024, rssMb: rssKb / 1024 }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// ---------------------------------------------------------------- the baseline's queries

/**
 * The member's enrollments on the site, newest first, with the course and what `/my-courses`
 * derives from the progress rows: percent and the lesson to resume (the last one opened if still
 * unfinished, else the first unfinished in syllabus order; module locks are not applied here).
 */
const myCoursesSql = `
  SELECT e.id, e.status, e.enrolled_at, e.completed_at, e.certificate_code, e.progress,
         c.id AS course_id, c.slug, c.title,
         floor(100.0 * t.completed / nullif(t.lessons, 0)) AS percent,
         coalesce(CASE WHEN last.completed_at IS NULL THEN e.last_lesson_id END, first_open.id) AS resume_lesson_id
  FROM enrollments e
  JOIN courses c ON c.id = e.course_id AND c.status <> 'draft'
  CROSS JOIN LATERAL (
    SELECT count(*) AS lessons, count(p.completed_at) AS completed
    FROM lessons l LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = e.user_id
    WHERE l.course_id = c.id
  ) t
  LEFT JOIN lesson_progress last ON last.lesson_id = e.last_lesson_id AND last.user_id = e.user_id
  LEFT JOIN LATERAL (
    SELECT l.id FROM lessons l
    JOIN modules m ON m.id = l.module_id
    LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = e.user_id
    WHERE l.course_id = c.id AND p.completed_at IS NULL
    ORDER BY m._modules_modules_order, l._lessons_lessons_order
    LIMIT 1
  ) first_open ON true
  WHERE e.user_id = $1 AND e.site_id = $2
  ORDER BY e.enrolled_at DESC
  LIMIT 100`

/** The course page's data in one row: the course, its instructor's name, the member's enrollment, and every lesson in syllabus order with the member's progress. */
const coursePageSql = `
  SELECT c.id, c.title, c.slug, c.summary, c.description, c.status, c.level, c.price, c.currency,
         u.name AS instructor, to_jsonb(e) AS enrollment,
         (SELECT json_agg(json_build_object(
                   'moduleId', m.id, 'moduleTitle', m.title, 'dripDays', m.drip_days, 'requiresPrevious', m.requires_previous,
                   'id', l.id, 'title', l.title, 'durationMinutes', l.duration_minutes, 'freePreview', l.free_preview,
                   'completedAt', p.completed_at, 'positionSeconds', p.position_seconds)
                 ORDER BY m._modules_modules_order, l._lessons_lessons_order)
          FROM modules m
          JOIN lessons l ON l.module_id = m.id
          LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = $3
          WHERE m.course_id = c.id) AS lessons
  FROM courses c
  LEFT JOIN users u ON u.id = c.instructor_id
  LEFT JOIN enrollments e ON e.course_id = c.id AND e.user_id = $3 AND e.status IN ('active', 'completed')
  WHERE c.site_id = $1 AND c.slug = $2 AND c.status <> 'draft'`

// ---------------------------------------------------------------- data

type Ids = { courseId: number; memberId: number; siteId: number }

/**
 * The big course, its learners and the member's enrollments, written with set-based SQL: 10,000
 * Local API creates would take many minutes and measure nothing of interest here. Rows are what
 * the Local API would write (the orderable joins' fractional keys included), minus hooks' side
 * effects nobody reads on these pages (search index, revalidation).
 */
async function createCourseData(pool: pg.Pool): Promise<Ids> {
  const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
    (await pool.query<T>(sql, values)).rows[0]
  const { id: siteId } = await one<{ id: number }>('SELECT id FROM sites WHERE slug = $1', [
    SITE_SLUG,
  ])
  const { id: memberId } = await one<{ id: number }>('SELECT id FROM users WHERE email = $1', [
    MEMBER_EMAIL,
  ])
  const { id: instructorId } = await one<{ id: number }>('SELECT id FROM users WHERE email = $1', [
    'instructor@ozean-licht.local',
  ])

  const moduleTitles = Array.from(
    { length: MODULES },
    (_, i) => `Module ${i + 1}: ${['Ebb', 'Flow', 'Swell', 'Current', 'Stillness'][i % 5]}`,
  )
  const description = richText(
    heading('h2', 'What you will learn'),
    list(moduleTitles),
    paragraph('Twenty modules of slow, attentive practice, **one tide at a time**.'),
  )
  const { id: courseId } = await one<{ id: number }>(
    `INSERT INTO courses (site_id, title, summary, description, slug, generate_slug, status, published_at, instructor_id, level, price, currency)
     VALUES ($1, $2, $3, $4, $5, false, 'published', now() - interval '400 days', $6, 'intermediate', 0, 'EUR') RETURNING id`,
    [
      siteId,
      COURSE_TITLE,
      'Four hundred short lessons on breath, attention and the sea.',
      JSON.stringify(description),
      COURSE_SLUG,
      instructorId,
    ],
  )

  // Fractional keys as Payload's orderable hook makes them: scoped per course (modules) and per module (lessons).
  // Every fifth module waits for the one before, and the last opens a year after enrolling, so the page shows both kinds of lock.
  await pool.query(
    `INSERT INTO modules (_modules_modules_order, title, course_id, drip_days, requires_previous, site_id)
     SELECT m.key, m.title, $3, CASE WHEN m.n = $4 THEN 365 ELSE 0 END, m.n % 5 = 0, $5
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS m(key, title, n)`,
    [generateNKeysBetween(null, null, MODULES), moduleTitles, courseId, MODULES, siteId],
  )
  await pool.query(
    `INSERT INTO lessons (_lessons_lessons_order, title, content, module_id, course_id, duration_minutes, free_preview, site_id)
     SELECT k.key, 'Lesson ' || m.n || '.' || k.n || ': listening to the water', $2::jsonb, m.id, $3, 3 + (m.n * 7 + k.n * 3) % 25, m.n = 1 AND k.n = 1, $4
     FROM (SELECT id, row_number() OVER (ORDER BY _modules_modules_order) AS n FROM modules WHERE course_id = $3) m
     CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS k(key, n)`,
    [
      generateNKeysBetween(null, null, LESSONS_PER_MODULE),
      JSON.stringify(richText(paragraph('Sit by the water and let the breath follow the waves.'))),
      courseId,
      siteId,
    ],
  )

  // Learners never sign in, so a placeholder hash and salt (never a valid password) do.
  await pool.query(
    `INSERT INTO users (name, email, hash, salt)
     SELECT 'Learner ' || n, 'learner-' || lpad(n::text, 5, '0') || '@bench.local', 'bench-no-login', 'bench-no-login' FROM generate_series(1, $1) AS n`,
    [LEARNERS],
  )
  const learners = `FROM users WHERE email LIKE 'learner-%@bench.local'`
  // How far each learner got, derived from the id so enrollments.progress and the progress rows agree.
  const reached = (userId: string) => `((${userId} * 7919) % ${MAX_LEARNER_LESSONS + 1})`
  await pool.query(
    `INSERT INTO members (site_id, user_id, tier) SELECT $1, id, 'free' ${learners}`,
    [siteId],
  )
  await pool.query(
    `INSERT INTO enrollments (user_id, course_id, status, source, enrolled_at, progress, site_id)
     SELECT id, $1, 'active', 'self', now() - ((id * 37) % 365) * interval '1 day', floor(${reached('id')} * 100.0 / ${LESSONS}), $2 ${learners}`,
    [courseId, siteId],
  )
  const ordered = `WITH ordered AS (
    SELECT l.id, row_number() OVER (ORDER BY m._modules_modules_order, l._lessons_lessons_order) AS n
    FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.course_id = $1)`
  await pool.query(
    `${ordered}
     INSERT INTO lesson_progress (user_id, lesson_id, course_id, enrollment_id, completed_at, position_seconds, site_id)
     SELECT e.user_id, o.id, e.course_id, e.id, e.enrolled_at + o.n * interval '1 hour', 600, e.site_id
     FROM enrollments e JOIN ordered o ON o.n <= ${reached('e.user_id')}
     WHERE e.course_id = $1 AND e.user_id <> $2`,
    [courseId, memberId],
  )

  // The member: a third into the big course (one lesson half watched, where they left off), halfway into the free demo course, done with the paid one.
  const { id: enrollmentId } = await one<{ id: number }>(
    `${ordered}
     INSERT INTO enrollments (user_id, course_id, status, source, enrolled_at, progress, last_lesson_id, site_id)
     SELECT $2, $1, 'active', 'self', now() - interval '30 days', $3, (SELECT id FROM ordered WHERE n = $4::int + 1), $5 RETURNING id`,
    [courseId, memberId, Math.floor((MEMBER_COMPLETED / LESSONS) * 100), MEMBER_COMPLETED, siteId],
  )
  await pool.query(
    `${ordered}
     INSERT INTO lesson_progress (user_id, lesson_id, course_id, enrollment_id, completed_at, position_seconds, site_id)
     SELECT $2, id, $1, $3, CASE WHEN n <= $4::int THEN now() - interval '30 days' + n * interval '1 hour' END, CASE WHEN n <= $4::int THEN 600 ELSE 95 END, $5
     FROM ordered WHERE n <= $4::int + 1`,
    [courseId, memberId, enrollmentId, MEMBER_COMPLETED, siteId],
  )
  for (const [slug, status, completed, daysAgo] of [
    ['breathing-with-the-ocean', 'active', 2, 60],
    ['light-on-water', 'completed', 2, 200],
  ] as const) {
    await pool.query(
      `WITH course AS (SELECT id FROM courses WHERE slug = $1 AND site_id = $2),
       ordered AS (
         SELECT l.id, row_number() OVER (ORDER BY m._modules_modules_order, l._lessons_lessons_order) AS n
         FROM lessons l JOIN modules m ON m.id = l.module_id WHERE l.course_id = (SELECT id FROM course)),
       enrollment AS (
         INSERT INTO enrollments (user_id, course_id, status, source, enrolled_at, completed_at, progress, certificate_code, site_id)
         SELECT $3, id, $4::enum_enrollments_status, 'admin', now() - $5::int * interval '1 day',
                CASE WHEN $4 = 'completed' THEN now() - interval '100 days' END,
                floor(100.0 * $6::int / (SELECT count(*) FROM ordered)),
                CASE WHEN $4 = 'completed' THEN 'BENCH-' || $1 END, $2
         FROM course RETURNING id, course_id)
       INSERT INTO lesson_progress (user_id, lesson_id, course_id, enrollment_id, completed_at, position_seconds, site_id)
       SELECT $3, o.id, e.course_id, e.id, now() - interval '100 days', 300, $2 FROM ordered o, enrollment e WHERE o.n <= $6::int`,
      [slug, siteId, memberId, status, daysAgo, completed],
    )
  }
  // Autovacuum would analyze these tables within a minute; the planner should not guess at an empty table's statistics meanwhile.
  await pool.query('ANALYZE')
  return { courseId, memberId, siteId }
}

// ---------------------------------------------------------------- SQL of the Local API

type Statement = { rows: number; text: string; values: unknown[] }

/** Records every statement the Local API sends through its pool (reads outside transactions go through `pool.query`), with its parameters and row count. */
function traceStatements(pool: pg.Pool): { stop: () => void; take: () => Statement[] } {
  let statements: Statement[] = []
  const original = pool.query
  const traced = (...args: unknown[]): unknown => {
    const result: unknown = Reflect.apply(original, pool, args)
    const [query, values] = args
    const config =
      typeof query === 'string' ? { text: query } : (query as { text?: string; values?: unknown[] })
    const text = config.text ?? ''
    const params = Array.isArray(values) ? values : (config.values ?? [])
    if (result instanceof Promise)
      void result.then(
        (done: { rowCount?: null | number }) =>
          statements.push({ rows: done?.rowCount ?? 0, text, values: params }),
        () => {},
      )
    return result
  }
  pool.query = traced as typeof pool.query
  return {
    stop: () => {
      pool.query = original
    },
    take: () => {
      const taken = statements
      statements = []
      return taken
    },
  }
}

// ---------------------------------------------------------------- the run

const runStarted = performance.now()
const app = await benchApp('courses', { databasePort: 55420, port: PORT })
let server: ChildProcess | undefined
const closers: (() => Promise<unknown> | unknown)[] = []
let cleaning: Promise<void> | undefined
/** Servers, pools and the database (and its folder) go, also on error or Ctrl-C; a next-server that outlives its `next start` parent is killed by pid. */
const cleanup = () =>
  (cleaning ??= (async () => {
    const started = server?.pid ? processTree(server.pid) : []
    for (const close of closers.reverse())
      await Promise.resolve()
        .then(close)
        .catch(() => {})
    await app.stop().catch((error: unknown) => console.error('cleanup:', error))
    for (let i = 0; i < 50 && started.some(alive); i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    for (const pid of started.filter(alive)) process.kill(pid, 'SIGKILL')
  })())
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanup().finally(() => process.exit(130)))

try {
  const payload = await bootPayload(app.databaseUri)
  closers.push(() => closePayload(payload))
  await payload.db.migrate()
  await seed(payload)

  const pool = new pg.Pool({ connectionString: app.databaseUri, max: CONNECTIONS + 2 })
  closers.push(() => pool.end())
  let started = performance.now()
  const ids = await createCourseData(pool)
  const counts = (
    await pool.query<{ enrollments: string; lessons: string; progress: string }>(
      `SELECT (SELECT count(*) FROM enrollments WHERE course_id = $1) AS enrollments, (SELECT count(*) FROM lessons WHERE course_id = $1) AS lessons, (SELECT count(*) FROM lesson_progress) AS progress`,
      [ids.courseId],
    )
  ).rows[0]
  console.log(
    `Course data: ${counts.lessons} lessons, ${counts.enrollments} enrollments, ${counts.progress} progress rows, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )

  started = performance.now()
  server = await app.start('/api/pages?limit=1')
  console.log(`Build and start: ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  closers.push(() => agent.destroy())

  const login = await request(agent, PORT, '/api/users/login', {
    body: JSON.stringify({ email: MEMBER_EMAIL, password: DEMO_PASSWORD }),
    headers: { 'content-type': 'application/json', host: SITE_HOST },
    keep: true,
    method: 'POST',
  })
  const token =
    login.status === 200 ? (JSON.parse(login.body) as { token?: string }).token : undefined
  if (!token) throw new Error(`Member login answered ${login.status}: ${login.body.slice(0, 300)}`)
  const member = { cookie: `payload-token=${token}`, host: SITE_HOST }

  const baseline = http.createServer((req, res) => {
    const [sql, values] =
      req.url === '/my-courses'
        ? [myCoursesSql, [ids.memberId, ids.siteId]]
        : [coursePageSql, [ids.siteId, COURSE_SLUG, ids.memberId]]
    pool.query(sql, values).then(
      ({ rows }) => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ docs: rows }))
      },
      (error: unknown) => {
        res.statusCode = 500
        res.end(String(error))
      },
    )
  })
  await new Promise<void>((resolve) => baseline.listen(BASELINE_PORT, '127.0.0.1', resolve))
  closers.push(() => new Promise((resolve) => baseline.close(resolve).closeAllConnections()))

  // The Local API the pages call, loaded only now: the config reads DATABASE_URI when first imported.
  const { queryMyCourses } = await import('../plugins/courses/components/queries/myCourses')
  const { queryCoursePage } = await import('../plugins/courses/components/queries/coursePage')
  // As `payload.auth` hands it to the pages: the access rules read its roles and site roles.
  const memberUser: User = {
    ...(await payload.findByID({ id: ids.memberId, collection: 'users', depth: 0 })),
    collection: 'users',
  }

  // Both sides must show the same thing before their speed means anything.
  const page = (path: string) => request(agent, PORT, path, { headers: member, keep: true })
  const myCoursesPage = await page('/my-courses')
  const coursePage = await page(`/courses/${COURSE_SLUG}`)
  const progress = await page(`/api/courses/${ids.courseId}/progress`)
  const rawMyCourses = (
    await pool.query<{ percent: string; resume_lesson_id: number; title: string }>(myCoursesSql, [
      ids.memberId,
      ids.siteId,
    ])
  ).rows
  const rawCourse = (
    await pool.query<{ lessons: { completedAt: null | string }[] }>(coursePageSql, [
      ids.siteId,
      COURSE_SLUG,
      ids.memberId,
    ])
  ).rows[0]
  const localMyCourses = await queryMyCourses(ids.siteId, memberUser)
  const localCourse = await queryCoursePage(ids.siteId, COURSE_SLUG, memberUser)
  const problems = [
    myCoursesPage.status !== 200 || !myCoursesPage.body.includes(COURSE_TITLE)
      ? `/my-courses: ${myCoursesPage.status}, course title missing`
      : '',
    coursePage.status !== 200 ||
    !coursePage.body.includes(`Lesson ${MODULES}.${LESSONS_PER_MODULE}:`)
      ? `/courses/${COURSE_SLUG}: ${coursePage.status}, last lesson missing`
      : '',
    progress.status !== 200
      ? `progress endpoint: ${progress.status} ${progress.body.slice(0, 200)}`
      : '',
    rawMyCourses.length !== 3 ? `raw my-courses: ${rawMyCourses.length} rows` : '',
    rawCourse?.lessons.length !== LESSONS ? `raw course: ${rawCourse?.lessons.length} lessons` : '',
    JSON.stringify(localMyCourses.map((c) => [c.course.title, c.percent, c.resumeLessonId])) !==
    JSON.stringify(rawMyCourses.map((r) => [r.title, Number(r.percent), r.resume_lesson_id]))
      ? `my-courses differ: Local ${JSON.stringify(localMyCourses.map((c) => [c.course.title, c.percent, c.resumeLessonId]))} vs raw ${JSON.stringify(rawMyCourses.map((r) => [r.title, Number(r.percent), r.resume_lesson_id]))}`
      : '',
    localCourse?.state.percent !== Math.floor((MEMBER_COMPLETED / LESSONS) * 100)
      ? `course page percent ${localCourse?.state.percent}`
      : '',
    rawCourse.lessons.filter((lesson) => lesson.completedAt).length !== MEMBER_COMPLETED
      ? 'raw course: completed lessons differ'
      : '',
  ].filter(Boolean)
  if (problems.length) throw new Error(`The two sides disagree:\n  ${problems.join('\n  ')}`)
  const locks = localCourse!.state.modules.map((module) => module.lockedBy?.[0] ?? '·').join('')
  console.log(
    `Member sees ${localMyCourses.length} courses; course page: ${localCourse!.state.percent}% done, module locks ${locks} (p previous, d drip)`,
  )

  // ---- HTTP: pages and the endpoint vs the raw query behind a plain http server
  type Target = { against?: string; name: string; task: Task }
  const httpTargets: Target[] = [
    {
      name: 'baseline: raw pg my-courses over http',
      task: httpTask(agent, BASELINE_PORT, '/my-courses', {}),
    },
    {
      name: 'page GET /my-courses',
      against: 'baseline: raw pg my-courses over http',
      task: httpTask(agent, PORT, '/my-courses', member),
    },
    {
      name: 'baseline: raw pg course page over http',
      task: httpTask(agent, BASELINE_PORT, '/course', {}),
    },
    {
      name: `page GET /courses/${COURSE_SLUG}`,
      against: 'baseline: raw pg course page over http',
      task: httpTask(agent, PORT, `/courses/${COURSE_SLUG}`, member),
    },
    {
      name: 'REST GET /api/courses/:id/progress',
      against: 'baseline: raw pg course page over http',
      task: httpTask(agent, PORT, `/api/courses/${ids.courseId}/progress`, member),
    },
  ]
  // ---- In process: the Local API calls the pages make vs the raw query alone (no HTTP on either side)
  const localTargets: Target[] = [
    {
      name: 'baseline: raw pg my-courses query alone',
      task: async () => void (await pool.query(myCoursesSql, [ids.memberId, ids.siteId])),
    },
    {
      name: 'Local API queryMyCourses()',
      against: 'baseline: raw pg my-courses query alone',
      task: async () => void (await queryMyCourses(ids.siteId, memberUser)),
    },
    {
      name: 'baseline: raw pg course page query alone',
      task: async () =>
        void (await pool.query(coursePageSql, [ids.siteId, COURSE_SLUG, ids.memberId])),
    },
    {
      name: 'Local API queryCoursePage()',
      against: 'baseline: raw pg course page query alone',
      task: async () => void (await queryCoursePage(ids.siteId, COURSE_SLUG, memberUser)),
    },
  ]

  // Warm JIT, connection pools and Next's route modules, so neither side pays for a first request.
  for (const { task } of [...httpTargets, ...localTargets])
    for (let i = 0; i < 20; i++) await task()
  const idle = nextServerMemory(server.pid!)

  // Baseline and subjects take turns in short slices, so a burst of load from the rest of the machine is shared out rather than landing on one of them.
  const ROUNDS = 3
  const rows: Row[] = []
  const run = async (targets: Target[]) => {
    for (const connections of [1, CONNECTIONS]) {
      const limits =
        connections === 1
          ? { maxSeconds: 20, minSamples: 200 / ROUNDS, minSeconds: SECONDS / 2 / ROUNDS }
          : { maxSeconds: 20, minSamples: 400 / ROUNDS, minSeconds: SECONDS / ROUNDS }
      const timings = targets.map(() => ({ bytes: 0, latencies: [] as number[], seconds: 0 }))
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, { task }] of targets.entries()) {
          const slice = await measure(task, connections, limits)
          timings[i].latencies.push(...slice.latencies)
          timings[i].seconds += slice.seconds
          timings[i].bytes = slice.bytes
        }
      }
      for (const [i, { name, against }] of targets.entries()) {
        const { bytes, latencies, seconds } = timings[i]
        const sorted = latencies.sort((a, b) => a - b)
        const row = {
          name,
          against,
          bytes,
          connections,
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          rps: latencies.length / seconds,
          samples: latencies.length,
        }
        rows.push(row)
        console.log(
          `  ${name.padEnd(44)} ×${String(connections).padEnd(2)} ${String(row.samples).padStart(6)} samples  p50 ${row.p50.toFixed(2).padStart(8)} ms  p99 ${row.p99.toFixed(2).padStart(8)} ms  ${row.rps.toFixed(0).padStart(6)} req/s`,
        )
      }
    }
  }
  console.log(
    `\nSequential (×1) and ${CONNECTIONS} at once (×${CONNECTIONS}), ${ROUNDS} interleaved slices each, on ${os.cpus().length} cores (load average ${os.loadavg()[0].toFixed(1)})\n`,
  )
  await run(httpTargets)
  const afterHttp = nextServerMemory(server.pid!)
  await run(localTargets)

  // What the Local API asks Postgres for per call, and what Postgres spends on it, so the rest of a call's time can be put down to the app.
  const CALLS = 20
  const trace = traceStatements((payload.db as unknown as PostgresAdapter).pool)
  const traced: [string, Statement[]][] = []
  for (const { name, task } of localTargets.filter((target) => target.against)) {
    trace.take()
    for (let i = 0; i < CALLS; i++) await task()
    traced.push([name, trace.take()])
  }
  trace.stop()

  const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))
  console.log(
    `\n### Courses (${MODULES} modules × ${LESSONS_PER_MODULE} lessons, ${counts.enrollments} enrollments, ${counts.progress} progress rows; production build)\n`,
  )
  console.log(
    '| measured | concurrency | samples | p50 ms | p99 ms | req/s | response | p50 vs baseline |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  )
  for (const row of rows) {
    const base = rows.find((r) => r.name === row.against && r.connections === row.connections)
    const ratio = base ? `${(row.p50 / base.p50).toFixed(1)}×` : 'baseline'
    const size = row.bytes ? `${(row.bytes / 1024).toFixed(1)} KB` : '—'
    console.log(
      `| ${row.name} | ${row.connections} | ${row.samples} | ${fmt(row.p50)} | ${fmt(row.p99)} | ${row.rps.toFixed(0)} | ${size} | ${ratio} |`,
    )
  }
  console.log(
    `\nnext-server RSS: ${idle.rssMb.toFixed(0)} MB after warm-up, ${afterHttp.rssMb.toFixed(0)} MB after the HTTP runs, peak ${afterHttp.peakMb.toFixed(0)} MB (VmHWM)`,
  )

  console.log(
    `\nStatements per Local API call (${CALLS} sequential calls; Postgres time = planning + execution by EXPLAIN ANALYZE of each distinct statement and parameters):\n`,
  )
  type Plan = { 'Execution Time': number; 'Planning Time': number }
  for (const [name, statements] of traced) {
    const distinct = new Map<string, { count: number; rows: number; statement: Statement }>()
    for (const statement of statements) {
      const key = `${statement.text}\u0000${JSON.stringify(statement.values)}`
      const entry = distinct.get(key) ?? { count: 0, rows: 0, statement }
      entry.count++
      entry.rows += statement.rows
      distinct.set(key, entry)
    }
    const byText = new Map<string, { count: number; dbMs: number; rows: number }>()
    for (const { count, rows: returned, statement } of distinct.values()) {
      const {
        rows: [explained],
      } = await pool.query<{ 'QUERY PLAN': Plan[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
        statement.values,
      )
      const plan = explained['QUERY PLAN'][0]
      // Payload names the subqueries of a `where` on a relationship with a fresh uuid on every call.
      const text = statement.text.replace(
        /"[0-9a-f]{8}(_[0-9a-f]{4}){3}_[0-9a-f]{12}"/g,
        '"<alias>"',
      )
      const entry = byText.get(text) ?? { count: 0, dbMs: 0, rows: 0 }
      entry.count += count
      entry.dbMs += count * (plan['Planning Time'] + plan['Execution Time'])
      entry.rows += returned
      byText.set(text, entry)
    }
    const groups = [...byText.entries()].sort(([, a], [, b]) => b.dbMs - a.dbMs)
    const dbMs = groups.reduce((sum, [, group]) => sum + group.dbMs, 0) / CALLS
    const p50 = rows.find((row) => row.name === name && row.connections === 1)?.p50 ?? 0
    console.log(
      `- ${name}: ${statements.length / CALLS} statements returning ${statements.reduce((sum, st) => sum + st.rows, 0) / CALLS} rows; Postgres spends ${fmt(dbMs)} ms of the call's ${fmt(p50)} ms p50`,
    )
    for (const [text, group] of groups) {
      console.log(
        `    ×${group.count / CALLS} ${String(group.rows / CALLS).padStart(4)} rows ${fmt(group.dbMs / CALLS).padStart(5)} ms  ${text.replace(/\s+/g, ' ').slice(0, 150)}`,
      )
    }
  }
} finally {
  await cleanup()
}
console.log(`\nTotal run time: ${((performance.now() - runStarted) / 1000).toFixed(0)} s`)
process.exit(0)
