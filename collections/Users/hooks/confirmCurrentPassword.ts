import { type PayloadRequest, ValidationError } from 'payload'

const refuse = (message: string, req: PayloadRequest) =>
  new ValidationError(
    { collection: 'users', errors: [{ message, path: 'currentPassword' }] },
    req.t,
  )

/**
 * Checks the account's current password through Payload's own login (so a wrong one counts as a
 * failed login, like any other guess). The login runs outside this request's transaction, so a
 * failed attempt is recorded even though the change it guarded is refused.
 */
export async function confirmCurrentPassword(
  req: PayloadRequest,
  email: string,
  currentPassword: unknown,
): Promise<void> {
  if (typeof currentPassword !== 'string' || !currentPassword) {
    throw refuse('Enter your current password to change your password, email or API key.', req)
  }
  try {
    await req.payload.login({ collection: 'users', data: { email, password: currentPassword } })
  } catch {
    throw refuse('The current password is not correct.', req)
  }
}
