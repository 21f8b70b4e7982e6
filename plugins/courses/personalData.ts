import { type PersonalDataSource, requireAll } from '../account'

// Every query here runs with full rights: its only condition is the id of the user whose account is
// exported or deleted, so no request input widens it.
const all = { depth: 0, overrideAccess: true, pagination: false } as const

/**
 * What the courses plugin holds about a person: member profiles, enrollments (with their
 * certificates), lesson progress and event registrations are theirs and are deleted; courses they
 * teach belong to the site and stay, without them as instructor.
 */
export const coursesPersonalData: PersonalDataSource = {
  name: 'courses',
  collections: ['members', 'enrollments', 'lesson-progress', 'event-registrations', 'courses'],
  erase: async (req, userId) => {
    const { payload } = req
    const theirs = { user: { equals: userId } }
    // Progress points at enrollments, so it goes first.
    for (const collection of [
      'lesson-progress',
      'enrollments',
      'event-registrations',
      'members',
    ] as const) {
      await requireAll(
        collection,
        payload.delete({ collection, overrideAccess: true, req, where: theirs }),
      )
    }
    await requireAll(
      'courses',
      payload.update({
        collection: 'courses',
        data: { instructor: null },
        overrideAccess: true,
        req,
        where: { instructor: { equals: userId } },
      }),
    )
  },
  export: async (req, userId) => {
    const { payload } = req
    const theirs = { user: { equals: userId } }
    const [members, enrollments, progress, registrations, teaching] = await Promise.all([
      payload.find({
        ...all,
        collection: 'members',
        req,
        select: { bio: true, displayName: true, site: true, tier: true, tierExpiresAt: true },
        where: theirs,
      }),
      payload.find({
        ...all,
        collection: 'enrollments',
        req,
        select: {
          certificateCode: true,
          completedAt: true,
          course: true,
          enrolledAt: true,
          expiresAt: true,
          payment: true,
          progress: true,
          source: true,
          status: true,
        },
        where: theirs,
      }),
      payload.find({
        ...all,
        collection: 'lesson-progress',
        req,
        select: { completedAt: true, course: true, lesson: true, positionSeconds: true },
        where: theirs,
      }),
      payload.find({
        ...all,
        collection: 'event-registrations',
        req,
        select: { createdAt: true, event: true },
        where: theirs,
      }),
      payload.find({
        ...all,
        collection: 'courses',
        req,
        select: { slug: true, site: true, title: true },
        where: { instructor: { equals: userId } },
      }),
    ])
    return {
      coursesTaught: teaching.docs,
      enrollments: enrollments.docs,
      eventRegistrations: registrations.docs,
      lessonProgress: progress.docs,
      members: members.docs,
    }
  },
}
