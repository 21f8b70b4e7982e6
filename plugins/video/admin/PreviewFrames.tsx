'use client'
import { useState } from 'react'

import type { QueueVideo } from './queueTypes'

type Props = {
  apiRoute: string
  flagged: { frame: string; score?: number } | null
  video: Pick<QueueVideo, 'id' | 'previews' | 'title'>
}

/** The preview frames the pipeline extracted, the one an automated check flagged outlined and labelled. */
export function PreviewFrames({ apiRoute, flagged, video }: Props) {
  const [missing, setMissing] = useState<number[]>([])
  if (!video.previews.length) return null
  return (
    <ol aria-label="Preview frames" className="moderation-frames">
      {video.previews.map(({ file, n }) => {
        const isFlagged = flagged?.frame === file
        return (
          <li
            className={`moderation-frames__frame${isFlagged ? ' moderation-frames__frame--flagged' : ''}`}
            key={file}
          >
            {missing.includes(n) ? (
              <span className="moderation-frames__missing">Frame {n} not available</span>
            ) : (
              <img
                alt={`Frame ${n} of “${video.title}”${isFlagged ? ', flagged by an automated check' : ''}`}
                loading="lazy"
                onError={() => setMissing((previous) => [...previous, n])}
                src={`${apiRoute}/videos/${video.id}/previews/${n}`}
              />
            )}
            {isFlagged && (
              <span className="moderation-frames__flag">
                Flagged
                {typeof flagged?.score === 'number'
                  ? ` · ${Math.round(flagged.score * 100)} %`
                  : ''}
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
