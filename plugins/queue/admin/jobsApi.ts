import type { JobFilter, JobPage, JobSummary } from '../operations/listJobs'
import type { QueueSummary } from '../operations/listQueues'

/** The Jobs view's calls to `/api/queue/*`, with the admin's session cookie. */
export function jobsApi(base: string) {
  async function call<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${base}/queue${path}`, { credentials: 'include', ...init })
    const body = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
    if (!response.ok)
      throw new Error(
        body.errors?.map((error) => error.message).join(' ') ||
          `The server answered ${response.status}.`,
      )
    return body
  }

  return {
    act: (action: 'cancel' | 'requeue' | 'retry', job: Pick<JobSummary, 'id' | 'queue'>) =>
      call<{ job: JobSummary }>(`/jobs/${encodeURIComponent(job.queue)}/${job.id}/${action}`, {
        method: 'POST',
      }),
    jobs: ({ limit, page, queue, state }: JobFilter) => {
      const query = new URLSearchParams()
      if (queue) query.set('queue', queue)
      if (state) query.set('state', state)
      if (page) query.set('page', String(page))
      if (limit) query.set('limit', String(limit))
      return call<JobPage>(`/jobs?${query}`)
    },
    queues: () => call<{ queues: QueueSummary[] }>('/queues').then(({ queues }) => queues),
  }
}
