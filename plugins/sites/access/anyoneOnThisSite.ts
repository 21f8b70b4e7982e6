import type { Access } from 'payload'

import { siteScope } from './siteScope'

/** Public documents (media, categories, forms...): anyone reads them, through their own site only. */
export const anyoneOnThisSite: Access = ({ req }) => siteScope(req)
