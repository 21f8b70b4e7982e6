import type { ArrayField, TextFieldSingleValidation } from 'payload'

import { isIndexHost } from '@/src/site/hosts/isIndexHost'
import { HOST_NAME } from '@/src/site/hosts/requestHost'
import { superAdminField } from '../access/superAdminField'

/** `Kids-Ascension.org.` and `kids-ascension.org` are one host: stored lowercase, without the root dot. */
const normalize = ({ value }: { value?: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase().replace(/\.$/, '') : value

/**
 * A host name this site may answer on: a plain DNS name (no scheme, port or path), none of the
 * hosts Prism keeps for itself (`localhost`, every `<slug>.localhost`, IP addresses, the admin's
 * SERVER_URL host), and no other site's. The unique index on the column stays the guarantee; this
 * names the problem.
 */
const validateDomain: TextFieldSingleValidation = async (value, { id, req }) => {
  const domain = typeof value === 'string' ? value : ''
  if (!HOST_NAME.test(domain))
    return 'A host name such as kids-ascension.org: no scheme, port or path.'
  if (
    domain === 'localhost' ||
    domain.endsWith('.localhost') ||
    /^[\d.]+$/.test(domain) ||
    isIndexHost(domain)
  ) {
    return `${domain} is reserved: localhost, <slug>.localhost, IP addresses and the admin's host belong to no site.`
  }
  // Every site's domains, whoever asks: only whether the name is taken is answered.
  const { totalDocs } = await req.payload.count({
    collection: 'sites',
    overrideAccess: true,
    req,
    where: {
      and: [
        { 'domains.domain': { equals: domain } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
  })
  return totalDocs === 0 || `${domain} is a domain of another site.`
}

/**
 * A site's production host names. Only super-admins set them (and the slug, which names the
 * `<slug>.localhost` host): a site admin who could add a host would answer for another site's
 * domain or the admin's, and receive its visitors and their login cookies.
 */
export const domainsField: ArrayField = {
  name: 'domains',
  type: 'array',
  access: { create: superAdminField, update: superAdminField },
  admin: {
    description:
      'Production host names, e.g. kids-ascension.org (super-admins only). In development every site also answers on <slug>.localhost.',
  },
  fields: [
    {
      name: 'domain',
      type: 'text',
      hooks: { beforeValidate: [normalize] },
      index: true,
      required: true,
      unique: true,
      validate: validateDomain,
    },
  ],
  validate: (rows) => {
    const names = (Array.isArray(rows) ? rows : []).map((row) =>
      (row as { domain?: string }).domain?.toLowerCase(),
    )
    return new Set(names).size === names.length || 'Each domain once.'
  },
}
