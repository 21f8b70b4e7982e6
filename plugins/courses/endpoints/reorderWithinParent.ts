import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { readJson } from '@/src/http/readJson'
import { idOf } from '../../sites'
import { lessonOrder, moduleOrder } from '../progress/courseState'

type ReorderBody = {
  collectionSlug?: unknown
  docsToMove?: unknown
  orderableFieldName?: unknown
  target?: { id?: unknown }
}

type Ordered = {
  orderField: string
  parentsOf: (req: PayloadRequest, ids: number[]) => Promise<(number | undefined)[]>
  refusal: string
}

// overrideAccess: reads only the parent id of each document named in the body, to refuse a move across parents; an unreadable document can only add a refusal, and the move itself runs under Payload's access.
const readAll = { depth: 0, limit: 0, overrideAccess: true, pagination: false } as const

/** The orderable joins of this plugin: the order field, and the parent (module, course) whose order it is. */
const ordered: Record<string, Ordered> = {
  lessons: {
    orderField: lessonOrder,
    parentsOf: async (req, ids) =>
      (
        await req.payload.find({
          ...readAll,
          collection: 'lessons',
          req,
          select: { module: true },
          where: { id: { in: ids } },
        })
      ).docs.map((doc) => idOf(doc.module)),
    refusal:
      'Lessons are reordered within their own module only; to move one to another module of its course, change its module.',
  },
  modules: {
    orderField: moduleOrder,
    parentsOf: async (req, ids) =>
      (
        await req.payload.find({
          ...readAll,
          collection: 'modules',
          req,
          select: { course: true },
          where: { id: { in: ids } },
        })
      ).docs.map((doc) => idOf(doc.course)),
    refusal: 'Modules are reordered within their own course only.',
  },
}

const ids = (value: unknown): (number | string)[] =>
  Array.isArray(value)
    ? value.filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
    : []

/**
 * Payload's `POST /api/reorder` (drag and drop in an orderable join) gives `docsToMove` keys next to
 * `target` without checking that they share its parent, so a hand-made request could slot a lesson
 * into another module's or course's order. Declared before Payload adds its own `/reorder`, this
 * endpoint answers first: 400 for a move across parents, else Payload's handler does the move.
 */
export const reorderWithinParentEndpoint: Endpoint = {
  handler: async (req) => {
    const body = (await readJson(req)) as ReorderBody
    const join = typeof body.collectionSlug === 'string' ? ordered[body.collectionSlug] : undefined
    const targetId = body.target?.id
    if (
      join &&
      body.orderableFieldName === join.orderField &&
      (typeof targetId === 'number' || typeof targetId === 'string')
    ) {
      const involved = [...new Set([...ids(body.docsToMove), targetId].map(Number))].filter(
        Number.isSafeInteger,
      )
      if (new Set(await join.parentsOf(req, involved)).size > 1)
        throw new APIError(join.refusal, 400, undefined, true)
    }
    // Payload's handler reads the body again.
    req.json = () => Promise.resolve(body)
    const payloadReorder = req.payload.config.endpoints.find(
      (endpoint) =>
        endpoint.path === '/reorder' && endpoint.handler !== reorderWithinParentEndpoint.handler,
    )
    if (!payloadReorder) throw new APIError('Reordering is not available.', 404, undefined, true)
    return (payloadReorder.handler as PayloadHandler)(req)
  },
  method: 'post',
  path: '/reorder',
}
