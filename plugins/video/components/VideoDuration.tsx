import { formatDuration, isoDuration } from './formatDuration'

/** A video's length, read out as "Duration 4:05". */
export function VideoDuration({
  className,
  seconds,
}: {
  className?: string
  seconds: null | number | undefined
}) {
  if (!seconds) return null
  return (
    <span className={className}>
      <span className="visually-hidden">Duration </span>
      <time dateTime={isoDuration(seconds)}>{formatDuration(seconds)}</time>
    </span>
  )
}
