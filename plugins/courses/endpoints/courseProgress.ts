import type { Endpoint } from 'payload'

import { requireUser } from '@/src/http/requireUser'
import { courseState } from '../progress/courseState'
import { readableCourse } from './readableCourse'

/** `GET /api/courses/:id/progress`: the signed-in user's state in the course (modules, locks, completions, percent, where to resume). */
export const courseProgressEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'see your progress')
    const course = await readableCourse(req)
    return Response.json(await courseState(req.payload, Number(user.id), course.id, req))
  },
  method: 'get',
  path: '/:id/progress',
}
