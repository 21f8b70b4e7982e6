/** `0:07`, `4:05`, `1:02:03`: how players write a length. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const [hours, minutes, rest] = [
    Math.floor(total / 3600),
    Math.floor((total % 3600) / 60),
    total % 60,
  ]
  const pad = (n: number) => String(n).padStart(2, '0')
  return hours ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`
}

/** The same length for `<time dateTime>`: `PT245S`. */
export const isoDuration = (seconds: number): string => `PT${Math.max(0, Math.round(seconds))}S`
