import {
  docAccessOperation,
  docAccessOperationGlobal,
  type PayloadRequest,
  type SchedulePublishTaskInput,
} from 'payload'

/**
 * Whether the user of `req` may publish (or unpublish) what a scheduled-publish job names, by the
 * target's own access (the sites plugin's rules for pages and posts): what the admin's Schedule
 * drawer checks before listing a document's schedule, applied to creating and deleting one too.
 */
export async function canPublishTarget(
  req: PayloadRequest,
  input: SchedulePublishTaskInput | null | undefined,
): Promise<boolean> {
  const data = { _status: input?.type === 'unpublish' ? 'draft' : 'published' }
  if (input?.doc) {
    const collection = req.payload.collections[input.doc.relationTo]
    if (!collection || input.doc.value === undefined || input.doc.value === null) return false
    return Boolean(
      (await docAccessOperation({ id: input.doc.value, collection, data, req })).update,
    )
  }
  if (input?.global) {
    const globalConfig = req.payload.config.globals.find(({ slug }) => slug === input.global)
    return Boolean(
      globalConfig && (await docAccessOperationGlobal({ data, globalConfig, req })).update,
    )
  }
  return false
}
