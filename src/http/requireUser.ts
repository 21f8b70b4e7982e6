import { APIError, type PayloadRequest } from 'payload'

/** The signed-in user, else 401 saying what signing in is for: `requireUser(req, 'enroll')` answers "Sign in to enroll.". */
export function requireUser(
  req: Pick<PayloadRequest, 'user'>,
  action: string,
): NonNullable<PayloadRequest['user']> {
  if (!req.user) throw new APIError(`Sign in to ${action}.`, 401)
  return req.user
}
