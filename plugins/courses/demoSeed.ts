import type { Payload } from 'payload'

import type { Page } from '../../payload-types'
import { heading, list, paragraph, richText } from '../../src/seed/lexical'
import { editHomeLayout } from '../../src/seed/editHomeLayout'
import type { SeedStep } from '../../src/seed/seedSteps'

type Lesson = { body: string; durationMinutes: number; freePreview?: boolean; title: string }
type Module = { dripDays?: number; lessons: Lesson[]; requiresPrevious?: boolean; title: string }
type Course = {
  includedInTiers?: ('basic' | 'premium')[]
  level: 'advanced' | 'beginner' | 'intermediate'
  modules: Module[]
  price: number
  slug: string
  summary: string
  tags: string[]
  title: string
}

/** Ozean Licht's demo catalogue: a free course (one preview lesson, a prerequisite, a drip-released module) and a paid one. */
export const demoCourses: Course[] = [
  {
    slug: 'breathing-with-the-ocean',
    level: 'beginner',
    modules: [
      {
        lessons: [
          {
            body: 'Sit comfortably, close your eyes and notice your breath without changing it.',
            durationMinutes: 6,
            freePreview: true,
            title: 'Arriving in the breath',
          },
          {
            body: 'Breathe in for four counts and out for six: the longer exhale calms the body.',
            durationMinutes: 8,
            title: 'The long exhale',
          },
        ],
        title: 'Arriving',
      },
      {
        lessons: [
          {
            body: 'Imagine each breath as a wave reaching the shore and drawing back.',
            durationMinutes: 10,
            title: 'Breathing with the waves',
          },
          {
            body: 'Let the breath move on its own and simply watch it for ten minutes.',
            durationMinutes: 12,
            title: 'Letting the breath breathe',
          },
        ],
        requiresPrevious: true,
        title: 'Waves',
      },
      {
        dripDays: 7,
        lessons: [
          {
            body: 'A week in: bring the long exhale into one everyday moment, each day.',
            durationMinutes: 5,
            title: 'Taking it into the day',
          },
        ],
        title: 'One week later',
      },
    ],
    price: 0,
    summary: 'Five short lessons on calm breathing, at your own pace.',
    tags: ['breath', 'meditation'],
    title: 'Breathing with the Ocean',
  },
  {
    slug: 'light-on-water',
    includedInTiers: ['premium'],
    level: 'intermediate',
    modules: [
      {
        lessons: [
          {
            body: 'Light on water is never the same twice. Watch it for five minutes.',
            durationMinutes: 15,
            freePreview: true,
            title: 'Seeing light on water',
          },
          {
            body: 'Sketch the light you saw, from memory, in three lines.',
            durationMinutes: 20,
            title: 'Drawing from memory',
          },
        ],
        title: 'Seeing',
      },
    ],
    price: 49,
    summary:
      'A contemplative drawing course for members with a premium subscription, or on its own.',
    tags: ['drawing', 'attention'],
    title: 'Light on Water',
  },
]

/** The home page leads with a card for the first (free) course and lists the catalogue, as an editor would place them. */
const showCoursesOnHome = (payload: Payload, site: number, firstCourse: number): Promise<void> =>
  editHomeLayout(payload, site, (layout) => {
    const [first, ...rest] = layout.filter(
      (block) => block.blockType !== 'courseCard' && block.blockType !== 'courseList',
    )
    const courseBlocks: Page['layout'] = [
      { blockType: 'courseCard', course: firstCourse, note: 'Start here: free, at your own pace' },
      { blockType: 'courseList', heading: 'All courses', limit: 6, price: 'all', sort: 'title' },
    ]
    return [first, ...courseBlocks, ...rest].filter(Boolean)
  })

/** Replaces Ozean Licht's courses, enrollments, member profiles and events with the demo set. */
export async function seedOzeanLicht(
  payload: Payload,
  { instructor, member, site }: { instructor: number; member: number; site: number },
): Promise<void> {
  for (const collection of [
    'lesson-progress',
    'enrollments',
    'lessons',
    'modules',
    'courses',
    'event-registrations',
    'events',
    'members',
  ] as const) {
    await payload.delete({ collection, where: { site: { equals: site } } })
  }
  const courseIds: number[] = []
  for (const course of demoCourses) {
    const { modules, ...fields } = course
    const created = await payload.create({
      collection: 'courses',
      data: {
        ...fields,
        currency: 'EUR',
        description: richText(
          heading('h2', 'What you will learn'),
          list(modules.map((m) => m.title)),
          paragraph(fields.summary),
        ),
        instructor,
        site,
        status: 'published',
      },
    })
    courseIds.push(created.id)
    for (const { lessons, ...module } of modules) {
      const createdModule = await payload.create({
        collection: 'modules',
        data: { ...module, course: created.id, site },
      })
      for (const { body, ...lesson } of lessons) {
        await payload.create({
          collection: 'lessons',
          data: { ...lesson, content: richText(paragraph(body)), module: createdModule.id, site },
        })
      }
    }
  }
  await showCoursesOnHome(payload, site, courseIds[0])
  await payload.create({
    collection: 'members',
    data: {
      bio: 'Learning to breathe slowly.',
      displayName: 'Theo',
      site,
      tier: 'free',
      user: member,
    },
  })

  // Two upcoming events, relative to today so the calendar always has something ahead.
  const day = (n: number, hour: number) => {
    const date = new Date()
    date.setUTCDate(date.getUTCDate() + n)
    date.setUTCHours(hour, 0, 0, 0)
    return date.toISOString()
  }
  await payload.create({
    collection: 'events',
    data: {
      slug: 'evening-by-the-lake',
      capacity: 12,
      endsAt: day(10, 19),
      location: 'Studio am See, Seestraße 4, Gmunden',
      registrationOpen: true,
      site,
      startsAt: day(10, 17),
      status: 'published',
      summary: 'Two hours of breathing and drawing by the lake.',
      timeZone: 'Europe/Vienna',
      title: 'Evening by the lake',
    },
  })
  await payload.create({
    collection: 'events',
    data: {
      slug: 'live-ask-the-instructor',
      endsAt: day(17, 18),
      onlineUrl: 'https://example.org/ozean-licht-live',
      registrationOpen: true,
      site,
      startsAt: day(17, 17),
      status: 'published',
      summary: 'Live questions and answers with Marina.',
      timeZone: 'Europe/Vienna',
      title: 'Live: ask the instructor',
    },
  })
}

/** Ozean Licht's catalogue, member and events. */
export const coursesDemoSeed: SeedStep = {
  name: 'courses',
  run: async (payload, { sites, users }) => {
    const site = sites['ozean-licht']
    const instructor = users.get('instructor@ozean-licht.local')
    const member = users.get('member@ozean-licht.local')
    if (site === undefined || !instructor || !member) return
    await seedOzeanLicht(payload, { instructor: instructor.id, member: member.id, site })
  },
}
