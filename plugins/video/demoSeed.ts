import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'

import type { SeedStep } from '../../src/seed/seedSteps'
import { ffmpegPath } from './media/binaries'

const run = promisify(execFile)

/** A short 720p clip of ffmpeg's test picture with a tone: the demo needs a real video, not a real film. */
async function demoClip(file: string, seconds: number, pattern: string): Promise<string> {
  await run(ffmpegPath(), [
    '-hide_banner',
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `${pattern}=size=1280x720:rate=30:duration=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=330:sample_rate=48000:duration=${seconds}`,
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    file,
  ])
  return file
}

/**
 * Kids Ascension's demo: a kid profile for the demo parent, a public video uploaded by the
 * moderator (approved once the worker has processed it) and one by the parent that waits in the
 * moderation queue. The worker processes both after start.
 */
export async function seedKidsAscension(
  payload: Payload,
  { moderator, parent, site }: { moderator: number; parent: number; site: number },
): Promise<void> {
  for (const collection of [
    'video-views',
    'video-comments',
    'video-shares',
    'moderation-log',
    'videos',
  ] as const) {
    await payload.delete({ collection, where: { site: { equals: site } } })
  }
  await payload.delete({ collection: 'kids', where: { site: { equals: site } } })
  const [parentUser, moderatorUser] = await Promise.all([
    payload.findByID({ id: parent, collection: 'users', depth: 0 }),
    payload.findByID({ id: moderator, collection: 'users', depth: 0 }),
  ])
  const kid = await payload.create({
    collection: 'kids',
    data: { name: 'Mila', birthYear: new Date().getFullYear() - 8, site },
    user: parentUser,
  })

  const dir = await mkdtemp(path.join(os.tmpdir(), 'prism-seed-'))
  try {
    await payload.create({
      collection: 'videos',
      data: {
        description: 'How we look at every upload before anyone else can watch it.',
        site,
        status: 'uploaded',
        tags: ['welcome'],
        title: 'Welcome to Kids Ascension',
        visibility: 'public',
      },
      filePath: await demoClip(path.join(dir, 'welcome.mp4'), 6, 'testsrc2'),
      user: moderatorUser,
    })
    await payload.create({
      collection: 'videos',
      data: {
        description: 'Mila’s first painting, start to finish.',
        kid: kid.id,
        site,
        status: 'uploaded',
        tags: ['art'],
        title: 'Mila paints the sea',
        visibility: 'public',
      },
      filePath: await demoClip(path.join(dir, 'painting.mp4'), 6, 'smptehdbars'),
      user: parentUser,
    })
  } finally {
    await rm(dir, { force: true, recursive: true })
  }
}

/** Kids Ascension's videos, when a worker will process them (not in test templates). */
export const videoDemoSeed: SeedStep = {
  name: 'video',
  run: async (payload, { sites, users, worker }) => {
    const site = sites['kids-ascension']
    const moderator = users.get('moderator@kids-ascension.local')
    const parent = users.get('parent@kids-ascension.local')
    if (!worker || site === undefined || !moderator || !parent) return
    await seedKidsAscension(payload, { moderator: moderator.id, parent: parent.id, site })
  },
}
