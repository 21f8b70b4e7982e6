'use client'
import { toast, useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import type { Decision } from '../endpoints/moderation/decisionInput'
import type { BulkResult } from '../endpoints/moderation/moderateVideosEndpoint'
import { apiRequest } from './apiRequest'
import { BulkBar } from './BulkBar'
import { CommentQueue } from './CommentQueue'
import type { QueueComment, QueueVideo } from './queueTypes'
import { QueueTabs, type QueueTab } from './QueueTabs'
import { useQueueShortcuts } from './useQueueShortcuts'
import { VideoCard } from './VideoCard'
import './moderation.scss'

type Props = {
  comments: QueueComment[]
  moreVideos: number
  scopeNote: null | string
  videos: QueueVideo[]
}

const past = { approve: 'approved', reject: 'rejected' } as const

/** The card that takes the place of the active one once decided cards leave: the next, else the previous. */
function nextActive(
  videos: QueueVideo[],
  removed: number[],
  activeId: null | number,
): null | number {
  const index = videos.findIndex((video) => video.id === activeId)
  const after = videos.slice(Math.max(index, 0)).find((video) => !removed.includes(video.id))
  const before = [...videos.slice(0, Math.max(index, 0))]
    .reverse()
    .find((video) => !removed.includes(video.id))
  return (after ?? before)?.id ?? null
}

/**
 * The moderation queue: pending videos as cards (player, frames, checks, notes, decision), bulk
 * decisions on a selection, single-key shortcuts, and the pending comments. Decided items leave
 * the list at once; nothing reloads.
 */
export function ModerationQueue({
  comments: initialComments,
  moreVideos,
  scopeNote,
  videos: initialVideos,
}: Props) {
  const { config } = useConfig()
  // Links are built by appending paths, so an admin mounted at `/` contributes nothing.
  const adminRoute = config.routes.admin === '/' ? '' : config.routes.admin
  const apiRoute = `${config.serverURL}${config.routes.api}`
  const [tab, setTab] = useState<QueueTab>('videos')
  const [videos, setVideos] = useState(initialVideos)
  const [comments, setComments] = useState(initialComments)
  const [activeId, setActiveId] = useState<null | number>(initialVideos[0]?.id ?? null)
  const [selected, setSelected] = useState<number[]>([])
  const [notes, setNotes] = useState<Record<number, string>>({})
  const [notesMissing, setNotesMissing] = useState<null | number>(null)
  const [busy, setBusy] = useState<number[]>([])
  const [announcement, setAnnouncement] = useState('')
  const cards = useRef(new Map<number, HTMLElement>())
  const notesFields = useRef(new Map<number, HTMLTextAreaElement>())
  const focusActive = useRef(false)

  // After a keyboard move or a decision, focus follows the active card so the next key acts on it.
  useEffect(() => {
    if (!focusActive.current || activeId === null) return
    focusActive.current = false
    const card = cards.current.get(activeId)
    card?.focus({ preventScroll: true })
    card?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }, [activeId, videos])

  const active = videos.find((video) => video.id === activeId) ?? null

  function move(step: number) {
    const index = videos.findIndex((video) => video.id === activeId)
    const next = videos[Math.min(videos.length - 1, Math.max(0, index + step))]
    if (!next) return
    focusActive.current = true
    setActiveId(next.id)
  }

  function toggle(id: number) {
    setSelected((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]))
  }

  async function decide(ids: number[], decision: Decision, text: string) {
    setBusy((current) => [...current, ...ids])
    const results: BulkResult[] =
      ids.length === 1
        ? await apiRequest(`${apiRoute}/videos/${ids[0]}/moderate`, {
            body: { decision, notes: text },
            method: 'POST',
          }).then((result) => [
            result.error === null
              ? { id: ids[0], ok: true }
              : { id: ids[0], error: result.error, ok: false },
          ])
        : await apiRequest<{ results: BulkResult[] }>(`${apiRoute}/videos/moderate`, {
            body: { decision, ids, notes: text },
            method: 'POST',
          }).then((result) =>
            result.error === null
              ? result.body.results
              : ids.map((id) => ({ id, error: result.error, ok: false })),
          )
    setBusy((current) => current.filter((id) => !ids.includes(id)))

    const done = results.filter((result) => result.ok).map((result) => result.id)
    const titleOf = (id: number) => videos.find((video) => video.id === id)?.title ?? `Video ${id}`
    for (const failure of results.filter((result) => !result.ok))
      toast.error(`“${titleOf(failure.id)}” was not ${past[decision]}: ${failure.error}`)
    if (!done.length) return
    const message =
      done.length === 1
        ? `“${titleOf(done[0])}” ${past[decision]}.`
        : `${done.length} videos ${past[decision]}.`
    toast.success(message)
    setAnnouncement(message)
    focusActive.current = done.includes(activeId ?? -1)
    setActiveId(nextActive(videos, done, activeId))
    setVideos((current) => current.filter((video) => !done.includes(video.id)))
    setSelected((current) => current.filter((id) => !done.includes(id)))
  }

  /** A rejection must say why: with empty notes the notes field gets focus instead. */
  function decideOne(video: QueueVideo, decision: Decision) {
    const text = (notes[video.id] ?? '').trim()
    if (decision === 'reject' && !text) {
      setNotesMissing(video.id)
      notesFields.current.get(video.id)?.focus()
      return
    }
    setNotesMissing(null)
    void decide([video.id], decision, text)
  }

  useQueueShortcuts(tab === 'videos' && videos.length > 0, {
    a: () => active && decideOne(active, 'approve'),
    j: () => move(1),
    k: () => move(-1),
    r: () => active && decideOne(active, 'reject'),
    x: () => active && toggle(active.id),
  })

  return (
    <div className="moderation">
      <QueueTabs
        commentCount={comments.length}
        onChange={setTab}
        tab={tab}
        videoCount={videos.length}
      />
      <p aria-live="polite" className="moderation-sr-only" role="status">
        {announcement}
      </p>

      <div
        aria-labelledby="moderation-tab-videos"
        hidden={tab !== 'videos'}
        id="moderation-panel-videos"
        role="tabpanel"
      >
        {scopeNote && <p className="moderation-scope">{scopeNote}</p>}
        <p className="moderation-help" id="moderation-shortcuts">
          Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous video · <kbd>a</kbd> approve ·{' '}
          <kbd>r</kbd> reject (write notes first) · <kbd>x</kbd> select · <kbd>Esc</kbd> leave the
          notes field
        </p>
        <BulkBar
          allSelected={videos.length > 0 && selected.length === videos.length}
          busy={busy.length > 0}
          onDecide={(decision, text) => decide(selected, decision, text)}
          onSelectAll={(all) => setSelected(all ? videos.map((video) => video.id) : [])}
          selectedCount={selected.length}
        />
        {videos.length === 0 ? (
          <p className="moderation-empty">
            Nothing waits for review. New uploads appear here once they are processed.
          </p>
        ) : (
          <div className="moderation-cards">
            {videos.map((video) => (
              <VideoCard
                active={video.id === activeId}
                adminRoute={adminRoute}
                apiRoute={apiRoute}
                busy={busy.includes(video.id)}
                cardRef={(element) => {
                  if (element) cards.current.set(video.id, element)
                  else cards.current.delete(video.id)
                }}
                key={video.id}
                notes={notes[video.id] ?? ''}
                notesMissing={notesMissing === video.id}
                notesRef={(element) => {
                  if (element) notesFields.current.set(video.id, element)
                  else notesFields.current.delete(video.id)
                }}
                onActivate={() => setActiveId(video.id)}
                onDecide={(decision) => decideOne(video, decision)}
                onNotes={(text) => setNotes((current) => ({ ...current, [video.id]: text }))}
                onToggle={() => toggle(video.id)}
                selected={selected.includes(video.id)}
                video={video}
              />
            ))}
          </div>
        )}
        {moreVideos > 0 && (
          <p className="moderation-help">
            {moreVideos} more videos wait behind these; reload the page once these are decided.
          </p>
        )}
      </div>

      <div
        aria-labelledby="moderation-tab-comments"
        hidden={tab !== 'comments'}
        id="moderation-panel-comments"
        role="tabpanel"
      >
        <CommentQueue
          adminRoute={adminRoute}
          apiRoute={apiRoute}
          comments={comments}
          onDecided={(id) =>
            setComments((current) => current.filter((comment) => comment.id !== id))
          }
        />
      </div>
    </div>
  )
}
