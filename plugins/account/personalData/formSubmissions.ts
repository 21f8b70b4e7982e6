import { requireAll } from '../requireAll'
import type { PersonalDataSource } from '../types'

/**
 * Form submissions sent while signed in (`submittedBy`, set by `recordSubmitter`). Never matched by
 * the email typed into a form: anyone can type any address, and an account's email can change hands.
 * Full rights, because the only condition is the user's own id.
 */
export const formSubmissionsData: PersonalDataSource = {
  name: 'formSubmissions',
  collections: ['form-submissions'],
  erase: async (req, userId) => {
    await requireAll(
      'form-submissions',
      req.payload.delete({
        collection: 'form-submissions',
        overrideAccess: true,
        req,
        where: { submittedBy: { equals: userId } },
      }),
    )
  },
  export: async (req, userId) => {
    const { docs } = await req.payload.find({
      collection: 'form-submissions',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { submittedBy: { equals: userId } },
    })
    return docs.map(({ id, createdAt, form, site, submissionData }) => ({
      id,
      createdAt,
      form,
      site,
      submissionData,
    }))
  },
}
