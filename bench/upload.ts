/**
 * `npm run bench` (upload): a 400 MB video uploaded over HTTP to a production build, as the admin
 * does (multipart), against a raw file copy of the same bytes in the same run. Reports throughput
 * and the web process's peak RSS (target < 300 MB: uploads stream to disk, never into memory).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'

import { bootPayload, closePayload } from '../src/boot'
import { ffmpegPath } from '../plugins/video/media/binaries'
import { createSite } from '../tests/helpers/sites'
import { benchApp } from './harness'

const SIZE_MB = Number(process.env.BENCH_UPLOAD_MB || 400)
const PORT = Number(process.env.BENCH_PORT || 3311) + 2

const app = await benchApp('upload', { databasePort: 55410, port: PORT })

/** A real video of about SIZE_MB: MPEG-2 at a fixed high bitrate encodes fast and is accepted by the upload check. */
async function bigVideo(file: string): Promise<void> {
  const seconds = Math.ceil((SIZE_MB * 8) / 160)
  await promisify(execFile)(ffmpegPath(), [
    '-v',
    'error',
    '-nostdin',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=1920x1080:rate=25:duration=${seconds}`,
    '-c:v',
    'mpeg2video',
    '-b:v',
    '160M',
    '-minrate',
    '160M',
    '-maxrate',
    '160M',
    '-bufsize',
    '80M',
    '-f',
    'mpegts',
    file,
  ])
}

/** Resident memory (kB) of a process and of each descendant, by command name, from /proc. */
function treeRss(root: number): { byCommand: Map<string, number>; total: number } {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const ppid = Number(
        fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1],
      )
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {}
  }
  const byCommand = new Map<string, number>()
  let total = 0
  const visit = (pid: number) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
      const command = status.match(/Name:\s+(\S+)/)?.[1] ?? '?'
      byCommand.set(command, Math.max(byCommand.get(command) ?? 0, kb))
      total += kb
    } catch {}
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return { byCommand, total }
}

/** Streams `file` as the multipart body the admin sends, never holding it in memory. */
function upload(
  url: string,
  token: string,
  file: string,
  data: object,
): Promise<{ body: string; status: number }> {
  const boundary = `----prism${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(data)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(file)}"\r\nContent-Type: video/mp2t\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const length = head.length + fs.statSync(file).size + tail.length
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        headers: {
          Authorization: `JWT ${token}`,
          'Content-Length': length,
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
        },
        method: 'POST',
      },
      (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ body, status: response.statusCode ?? 0 }))
      },
    )
    request.on('error', reject)
    request.write(head)
    const stream = fs.createReadStream(file)
    stream.on('end', () => request.end(tail))
    stream.pipe(request, { end: false })
  })
}

try {
  const payload = await bootPayload(app.databaseUri)
  await payload.db.migrate()
  const site = await createSite(payload, 'bench', { name: 'Bench', features: ['videos'] })
  await payload.create({
    collection: 'users',
    data: {
      name: 'Bench',
      email: 'bench@prism.local',
      password: 'bench-password',
      roles: ['super-admin'],
    },
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email: 'bench@prism.local', password: 'bench-password' },
  })
  await closePayload(payload)

  const file = path.join(app.dataDir, 'upload.ts')
  console.log(`Generating a ${SIZE_MB} MB video…`)
  await bigVideo(file)
  const bytes = fs.statSync(file).size
  const mb = bytes / 1024 / 1024

  // Baseline: the same bytes copied through a stream, as fast as this disk goes.
  let started = performance.now()
  await pipeline(fs.createReadStream(file), fs.createWriteStream(path.join(app.dataDir, 'copy.ts')))
  const copySeconds = (performance.now() - started) / 1000
  fs.rmSync(path.join(app.dataDir, 'copy.ts'))

  const server = await app.start('/api/videos?limit=1')
  const base = `http://127.0.0.1:${PORT}`
  const idle = treeRss(server.pid!)
  // The peak of the whole tree, and of each program in it (the web server is `next-server`; ffprobe runs once per upload).
  let peakKb = idle.total
  const peakByCommand = new Map(idle.byCommand)
  const sampler = setInterval(() => {
    const now = treeRss(server.pid!)
    peakKb = Math.max(peakKb, now.total)
    for (const [command, kb] of now.byCommand)
      peakByCommand.set(command, Math.max(peakByCommand.get(command) ?? 0, kb))
  }, 50)
  started = performance.now()
  const response = await upload(`${base}/api/videos`, token!, file, {
    site: site.id,
    title: 'Bench upload',
  })
  const uploadSeconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  if (response.status !== 201)
    throw new Error(`Upload answered ${response.status}: ${response.body.slice(0, 300)}`)

  console.log(`\n### Upload (${mb.toFixed(0)} MB video over HTTP, production build)\n`)
  console.log('| measure | value | baseline (raw file copy) | ratio |')
  console.log('| --- | ---: | ---: | ---: |')
  console.log(
    `| throughput | ${(mb / uploadSeconds).toFixed(0)} MB/s | ${(mb / copySeconds).toFixed(0)} MB/s | ${(copySeconds / uploadSeconds).toFixed(2)}× |`,
  )
  const mbOf = (kb = 0) => `${(kb / 1024).toFixed(0)} MB`
  for (const [command, kb] of peakByCommand) {
    console.log(
      `| peak RSS of \`${command}\` | ${mbOf(kb)} (idle ${mbOf(idle.byCommand.get(command))}) | ${command === 'next-server' ? 'target < 300 MB' : '—'} | |`,
    )
  }
  console.log(
    `| peak RSS of the whole process tree | ${mbOf(peakKb)} (idle ${mbOf(idle.total)}) | | |`,
  )
} finally {
  await app.stop()
}
process.exit(0)
