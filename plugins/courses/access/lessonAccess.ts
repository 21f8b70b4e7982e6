import type { FieldAccess } from 'payload'

import { lessonLock } from '../progress/courseState'

type LessonDoc = {
  course?: unknown
  freePreview?: boolean | null
  id: number
  module?: unknown
  site?: unknown
}

/** Field access of a lesson's body, video and attachments: hidden while the lesson is locked for the reader. */
export const lessonBodyAccess: FieldAccess = async ({ doc, req }) => {
  if (!doc) return true
  return (await lessonLock(req, doc as LessonDoc)) === null
}
