import { rm } from 'node:fs/promises'
import { type CollectionBeforeOperationHook, type Plugin, ValidationError } from 'payload'

/** Requests whose files were checked. */
const checked = new WeakSet<object>()

/**
 * Payload streams every file part of a multipart request to `$DATA_DIR/tmp`, but removes only the
 * temp file of an upload collection's `file`: any other part, and any file sent to a collection
 * that takes none, used to stay there for good. Those are removed before the operation runs, and a
 * file sent to a collection that takes none is refused. HTTP requests only: the Local API never
 * streams files to disk.
 */
const refuseStrayFile =
  (takesFile: boolean): CollectionBeforeOperationHook =>
  async ({ args, collection, req }) => {
    // Only for the operation the request addresses, which comes first: operations nested in it (a
    // relationship's validation, a hook's write, the storage plugin saving what it uploaded to the
    // same collection with `req.file` cleared) share its `req.files` without being sent them.
    if (req.routeParams?.collection !== collection.slug || checked.has(req)) return args
    checked.add(req)
    const used = takesFile ? req.file : undefined
    const stray = Object.values(req.files ?? {})
      .flat()
      .filter((file) => file !== used)
    if (!takesFile && req.file && !stray.includes(req.file)) stray.push(req.file)
    if (stray.length === 0) return args
    await Promise.all(
      stray.map((file) => (file.tempFilePath ? rm(file.tempFilePath, { force: true }) : undefined)),
    )
    const message = takesFile
      ? `${collection.slug} takes one file, in the field “file”.`
      : `${collection.slug} takes no file.`
    throw new ValidationError(
      { collection: collection.slug, errors: [{ message, path: 'file' }] },
      req.t,
    )
  }

/** Applies `refuseStrayFile` to every collection, those of plugins included: list it last. */
export const refuseStrayFiles: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        refuseStrayFile(Boolean(collection.upload)),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
})
