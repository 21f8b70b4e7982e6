import type { Access } from 'payload'

import { hasRole } from './roles'

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  return hasRole(user, 'super-admin') || { id: { equals: user.id } }
}
