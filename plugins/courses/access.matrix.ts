import type { CoveredElsewhere } from '../../tests/access/matrix.table'

const why =
  'instructors, members and learners by status and enrollment: plugins/courses/*.test.ts and tests/abuse/courses.test.ts'

/** The courses plugin's collections in the access matrix: their access turns on more than role and site (`tests/access/matrix.test.ts`). */
export const coveredElsewhere: CoveredElsewhere[] = (
  [
    'courses',
    'modules',
    'lessons',
    'lesson-progress',
    'enrollments',
    'members',
    'events',
    'event-registrations',
  ] as const
).map((collection) => ({ collection, why }))
