import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import type { Video } from '@/payload-types'
import { hashPassword } from '../password'

const VIDEO_PASSWORD_MIN_LENGTH = 8

/** The typed password becomes a hash; a protected video without any password is refused. */
export const hashVideoPassword: CollectionBeforeChangeHook<Video> = async ({
  data,
  originalDoc,
  req,
}) => {
  const { password, ...rest } = data as Partial<Video> & { password?: null | string }
  const next: Partial<Video> = { ...rest }
  if (typeof password === 'string' && password.length > 0) {
    // The password is all that stands between a guesser and the video; attempts are throttled too.
    if (password.length < VIDEO_PASSWORD_MIN_LENGTH) {
      throw new ValidationError(
        {
          collection: 'videos',
          errors: [
            { message: `Use at least ${VIDEO_PASSWORD_MIN_LENGTH} characters.`, path: 'password' },
          ],
        },
        req.t,
      )
    }
    next.passwordHash = await hashPassword(password)
  }
  const requires = next.requirePassword ?? originalDoc?.requirePassword
  if (requires && !(next.passwordHash ?? originalDoc?.passwordHash)) {
    throw new ValidationError(
      {
        collection: 'videos',
        errors: [{ message: 'Set a password, or untick “Require password”.', path: 'password' }],
      },
      req.t,
    )
  }
  if (requires === false) next.passwordHash = null
  return next
}
