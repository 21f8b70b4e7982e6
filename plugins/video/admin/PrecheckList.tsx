'use client'
import { Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'

import type { PrecheckResult } from '@/src/inference/precheckResult'

type PillStyle = NonNullable<ComponentProps<typeof Pill>['pillStyle']>

const look: Record<PrecheckResult['status'], { label: string; pill: PillStyle }> = {
  error: { label: 'error', pill: 'warning' },
  flagged: { label: 'flagged', pill: 'error' },
  not_configured: { label: 'not configured', pill: 'light-gray' },
  ok: { label: 'ok', pill: 'success' },
}

const percent = (score: number) => `${Math.round(score * 100)} %`

/** "Highest score 71 % on preview-3.jpg: Sexy 52 %, Neutral 25 %, Porn 19 %" — the classes say what the model saw. */
function scoreDetail({ frame, labels = {} }: PrecheckResult, score: number): string {
  const top = Object.entries(labels)
    .filter(([, value]) => value >= 0.05)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 3)
    .map(([name, value]) => `${name} ${percent(value)}`)
  return `Highest score ${percent(score)}${frame ? ` on ${frame}` : ''}${top.length ? `: ${top.join(', ')}` : ''}`
}

/** The automated pre-checks of one video: a pill per check and its sentence. They flag; the moderator decides. */
export function PrecheckList({ prechecks }: { prechecks: PrecheckResult[] }) {
  if (!prechecks.length)
    return <p className="moderation-card__muted">No automated checks ran on this video.</p>
  return (
    <ul aria-label="Automated checks" className="moderation-prechecks">
      {prechecks.map((result) => (
        <li
          className={`moderation-prechecks__item moderation-prechecks__item--${result.status}`}
          key={result.check}
        >
          <Pill pillStyle={look[result.status].pill} size="small">
            {result.check}: {look[result.status].label}
          </Pill>
          <span className="moderation-prechecks__message">
            {result.message}
            {typeof result.score === 'number' && (
              <span className="moderation-prechecks__detail">
                {scoreDetail(result, result.score)}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  )
}
