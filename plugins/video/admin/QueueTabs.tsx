'use client'
import type { KeyboardEvent } from 'react'

export type QueueTab = 'comments' | 'videos'

type Props = {
  commentCount: number
  onChange: (tab: QueueTab) => void
  tab: QueueTab
  videoCount: number
}

const tabs: { count: (props: Props) => number; label: string; value: QueueTab }[] = [
  { count: (props) => props.videoCount, label: 'Videos', value: 'videos' },
  { count: (props) => props.commentCount, label: 'Comments', value: 'comments' },
]

/** The two queues as an ARIA tab list: arrow keys move between tabs, Tab moves into the panel. */
export function QueueTabs(props: Props) {
  const { onChange, tab } = props
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    const index = tabs.findIndex((candidate) => candidate.value === tab)
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]
    onChange(next.value)
    document.getElementById(`moderation-tab-${next.value}`)?.focus()
  }
  return (
    <div aria-label="Moderation queues" className="moderation-tabs" role="tablist">
      {tabs.map(({ count, label, value }) => (
        <button
          aria-controls={`moderation-panel-${value}`}
          aria-selected={tab === value}
          className="moderation-tabs__tab"
          id={`moderation-tab-${value}`}
          key={value}
          onClick={() => onChange(value)}
          onKeyDown={onKeyDown}
          role="tab"
          tabIndex={tab === value ? 0 : -1}
          type="button"
        >
          {label} <span className="moderation-tabs__count">{count(props)}</span>
        </button>
      ))}
    </div>
  )
}
