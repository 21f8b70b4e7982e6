import type { CollectionConfig } from 'payload'

import { editorOrPublished } from './editorOrPublished'
import { isEditor } from './isEditor'

/** Access of drafted content (pages, posts): everyone reads what is published, editors do the rest. */
export const publishedContent: CollectionConfig['access'] = {
  create: isEditor,
  delete: isEditor,
  read: editorOrPublished,
  update: isEditor,
}
