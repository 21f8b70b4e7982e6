import type { QueueVideo } from './queueTypes'

/** `1:05`, `1:02:03`. */
export function formatDuration(seconds: null | number): null | string {
  if (seconds === null || !Number.isFinite(seconds)) return null
  const total = Math.round(seconds)
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
  const pad = (n: number) => String(n).padStart(2, '0')
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

export function formatBytes(bytes: null | number): null | string {
  if (bytes === null) return null
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`
}

/** The technical facts a moderator glances at: length, picture size, codecs, file size. */
export function videoFacts({
  filesize,
  probe,
}: Pick<QueueVideo, 'filesize' | 'probe'>): { label: string; value: string }[] {
  const facts: { label: string; value: null | string }[] = [
    { label: 'Duration', value: formatDuration(probe.durationSeconds) },
    {
      label: 'Resolution',
      value: probe.width && probe.height ? `${probe.width}×${probe.height}` : null,
    },
    {
      label: 'Codecs',
      value: probe.videoCodec ? `${probe.videoCodec} / ${probe.audioCodec ?? 'no audio'}` : null,
    },
    { label: 'Size', value: formatBytes(filesize) },
  ]
  return facts.filter((fact): fact is { label: string; value: string } => fact.value !== null)
}
