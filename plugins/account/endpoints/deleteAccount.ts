import { APIError, type Endpoint } from 'payload'

/**
 * `DELETE /api/users/me` with `{ "password": "…" }`: deletes the signed-in account after checking
 * the password again (a stolen session or key alone cannot erase an account). Private data goes:
 * the account, its site roles, admin preferences, form submissions carrying its email. Content
 * that belongs to a site stays, anonymised: the person is removed from `posts.authors`.
 */
export const deleteAccount: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to delete your account.', 401)
    const body: unknown = await req.json?.().catch(() => null)
    const password = body && typeof body === 'object' && 'password' in body ? body.password : undefined
    if (typeof password !== 'string' || !password) throw new APIError('Confirm with your password: { "password": "…" }.', 400)
    const { email, id } = req.user
    try {
      await req.payload.login({ collection: 'users', data: { email, password } })
    } catch {
      throw new APIError('The password is not correct.', 403)
    }

    const { payload } = req
    const credited = await payload.find({ collection: 'posts', depth: 0, limit: 0, pagination: false, select: { authors: true }, where: { authors: { contains: id } } })
    for (const post of credited.docs) {
      const authors = (post.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author)).filter((author) => author !== id)
      await payload.update({ collection: 'posts', data: { authors }, id: post.id })
    }
    await payload.delete({ collection: 'form-submissions', where: { 'submissionData.value': { equals: email } } })
    await payload.delete({ collection: 'payload-preferences', where: { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: id } }] } })
    await payload.delete({ collection: 'users', id })
    return Response.json({ message: 'Your account and its private data were deleted.', postsAnonymised: credited.docs.length })
  },
  method: 'delete',
  path: '/me',
}
