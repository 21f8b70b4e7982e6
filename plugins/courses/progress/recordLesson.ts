import { randomBytes } from 'node:crypto'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '../../sites'
import { courseState, type CourseState } from './courseState'
import type { OpenLesson } from './openLesson'

/** 12 characters of Crockford base32 (60 bits): unguessable, and easy to read out from a printed certificate. */
function certificateCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  return [...randomBytes(12)].map((byte) => alphabet[byte % 32]).join('')
}

/**
 * Writes the member's progress in one lesson (completion and/or video position) and the
 * enrollment's summary — percent, where they left off, and on the last lesson the completion date
 * and certificate code — in one transaction. Completing a completed lesson changes nothing.
 */
export async function recordLesson(req: PayloadRequest, open: OpenLesson, change: { complete?: boolean; positionSeconds?: number }): Promise<CourseState> {
  const { courseId, lessonId, state } = open
  const userId = Number(req.user!.id)
  const { enrollment } = state
  const { docs } = await req.payload.find({ collection: 'lesson-progress', depth: 0, limit: 1, overrideAccess: true, req, where: { and: [{ user: { equals: userId } }, { lesson: { equals: lessonId } }] } })
  const existing = docs[0]
  if (change.complete && existing?.completedAt && change.positionSeconds === undefined) return state

  const shouldCommit = await initTransaction(req)
  try {
    const data = {
      ...(change.complete && !existing?.completedAt ? { completedAt: new Date().toISOString() } : {}),
      ...(change.positionSeconds !== undefined ? { positionSeconds: change.positionSeconds } : {}),
    }
    if (existing) await req.payload.update({ collection: 'lesson-progress', data, id: existing.id, overrideAccess: true, req })
    else await req.payload.create({ collection: 'lesson-progress', data: { ...data, course: courseId, enrollment: enrollment.id, lesson: lessonId, site: idOf(enrollment.site)!, user: userId }, overrideAccess: true, req })

    const after = await courseState(req.payload, userId, courseId, req)
    const finished = after.percent === 100 && enrollment.status !== 'completed'
    await req.payload.update({
      collection: 'enrollments',
      data: {
        lastLesson: lessonId,
        progress: after.percent,
        ...(finished ? { certificateCode: certificateCode(), completedAt: new Date().toISOString(), status: 'completed' as const } : {}),
      },
      id: enrollment.id,
      overrideAccess: true,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { ...after, enrollment: (await req.payload.findByID({ collection: 'enrollments', depth: 0, id: enrollment.id, overrideAccess: true, req })) ?? after.enrollment }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
