import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Page, Post } from '../../payload-types'

// Seeding runs outside the web process, which holds the page cache revalidation would clear.
const context = { disableRevalidate: true }

type Unpublished<Slug extends 'pages' | 'posts'> = Omit<
  RequiredDataFromCollectionSlug<Slug>,
  '_status' | 'site'
>

/** Creates a published page of the site. */
export const publishPage = (
  payload: Payload,
  site: number,
  data: Unpublished<'pages'>,
): Promise<Page> =>
  payload.create({ collection: 'pages', context, data: { ...data, _status: 'published', site } })

/** Creates a published post of the site. */
export const publishPost = (
  payload: Payload,
  site: number,
  data: Unpublished<'posts'>,
): Promise<Post> =>
  payload.create({ collection: 'posts', context, data: { ...data, _status: 'published', site } })
