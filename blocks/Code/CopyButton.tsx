'use client'

import { useEffect, useState } from 'react'

/** Copies `code` to the clipboard and says so in a live region for screen-reader users. */
export function CopyButton({ code }: { code: string }) {
  const [status, setStatus] = useState('')

  useEffect(() => {
    if (!status) return
    const timer = setTimeout(() => setStatus(''), 2500)
    return () => clearTimeout(timer)
  }, [status])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code)
      setStatus('Copied')
    } catch {
      setStatus('Copy failed: select the code and copy it by hand')
    }
  }

  return (
    <span className="copy-button">
      <button className="copy-button__button" onClick={copy} type="button">
        Copy<span className="visually-hidden"> code</span>
      </button>
      <span aria-live="polite" className="copy-button__status" role="status">
        {status}
      </span>
    </span>
  )
}
