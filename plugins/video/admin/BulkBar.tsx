'use client'
import { Button } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import type { Decision } from '../endpoints/moderation/decisionInput'

type Props = {
  allSelected: boolean
  busy: boolean
  onDecide: (decision: Decision, notes: string) => Promise<void>
  onSelectAll: (all: boolean) => void
  selectedCount: number
}

/** Select-all, and one decision (with shared notes) for every selected video. */
export function BulkBar({ allSelected, busy, onDecide, onSelectAll, selectedCount }: Props) {
  const [notes, setNotes] = useState('')
  const [notesMissing, setNotesMissing] = useState(false)
  const notesField = useRef<HTMLInputElement>(null)

  async function decide(decision: Decision) {
    if (decision === 'reject' && !notes.trim()) {
      setNotesMissing(true)
      notesField.current?.focus()
      return
    }
    setNotesMissing(false)
    await onDecide(decision, notes.trim())
    setNotes('')
  }

  return (
    <div aria-label="Decide on selected videos" className="moderation-bulk" role="group">
      <label className="moderation-bulk__all">
        <input
          checked={allSelected}
          onChange={(event) => onSelectAll(event.target.checked)}
          type="checkbox"
        />{' '}
        Select all
      </label>
      {selectedCount > 0 && (
        <>
          <span className="moderation-bulk__count">{selectedCount} selected</span>
          <label className="moderation-bulk__notes">
            <span>Notes for all selected</span>
            <input
              aria-invalid={notesMissing || undefined}
              onChange={(event) => setNotes(event.target.value)}
              placeholder="Required to reject"
              ref={notesField}
              type="text"
              value={notes}
            />
          </label>
          <Button
            buttonStyle="primary"
            disabled={busy}
            margin={false}
            onClick={() => decide('approve')}
            size="small"
          >
            Approve selected
          </Button>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            margin={false}
            onClick={() => decide('reject')}
            size="small"
          >
            Reject selected
          </Button>
          {notesMissing && (
            <p className="moderation-card__error" role="alert">
              Write why the videos are rejected.
            </p>
          )}
        </>
      )}
    </div>
  )
}
