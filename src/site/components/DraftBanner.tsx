import { draftContext } from '../queries/draftContext'
import { ExitPreviewLink } from './ExitPreviewLink'

/** Tells an editor that the page shows unpublished changes, and how to leave that view. */
export async function DraftBanner() {
  const { draft } = await draftContext()
  if (!draft) return null
  return (
    <div className="draft-banner" role="status">
      <div className="container">
        You are previewing drafts. <ExitPreviewLink />
      </div>
    </div>
  )
}
