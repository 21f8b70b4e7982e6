'use client'
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import './videoFields.scss'

type Props = { inactive?: 'expired' | 'revoked' | null; url: null | string }

/** The share address with a Copy button; says so when the link no longer opens the video. */
export function ShareLink({ inactive = null, url }: Props) {
  const [copied, setCopied] = useState<'failed' | 'no' | 'yes'>('no')

  async function copy() {
    if (!url) return
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      // Without clipboard permission (or over plain http on another host) the field is still selectable.
      setCopied('failed')
    }
  }

  return (
    <div className="share-link field-type">
      <label className="field-label" htmlFor="share-link-url">
        Share link
      </label>
      {url ? (
        <>
          <div className="share-link__row">
            <input
              id="share-link-url"
              onFocus={(event) => event.currentTarget.select()}
              readOnly
              type="text"
              value={url}
            />
            <Button buttonStyle="secondary" margin={false} onClick={copy} size="small">
              Copy
            </Button>
          </div>
          <p aria-live="polite" className="share-link__detail">
            {copied === 'yes'
              ? 'Copied.'
              : copied === 'failed'
                ? 'The browser did not allow copying: select the address and copy it.'
                : ''}
          </p>
          {inactive && (
            <p className="share-link__error">
              This link is {inactive}: it no longer opens the video.
            </p>
          )}
        </>
      ) : (
        <p className="share-link__detail">The address appears here once the share link is saved.</p>
      )}
    </div>
  )
}
