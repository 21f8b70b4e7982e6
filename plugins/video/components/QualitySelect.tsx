'use client'

import { useId } from 'react'

import type { QualityLevel } from './useHls'

type Props = {
  levels: QualityLevel[]
  onChange: (index: number) => void
  /** The level playing now, shown beside "Auto". */
  playing: number
  /** -1 for automatic. */
  selected: number
}

/** "Auto / 1080p / 720p / 360p": the stream's qualities, highest first. */
export function QualitySelect({ levels, onChange, playing, selected }: Props) {
  const id = useId()
  const current = levels.find((level) => level.index === playing)
  return (
    <div className="player__quality">
      <label htmlFor={id}>Quality</label>
      <select id={id} onChange={(event) => onChange(Number(event.target.value))} value={selected}>
        <option value={-1}>{current ? `Auto (${current.height}p)` : 'Auto'}</option>
        {[...levels]
          .sort((a, b) => b.height - a.height)
          .map((level) => (
            <option key={level.index} value={level.index}>
              {level.height}p
            </option>
          ))}
      </select>
    </div>
  )
}
