import { AdminTable } from '@/src/admin/AdminTable'
import { jobStates } from '@/src/queue/jobStates'
import type { QueueSummary } from '../operations/listQueues'

type Props = {
  queues: QueueSummary[]
  /** Shows the jobs of one queue (a click on its name or its dead letters). */
  onSelect: (queue: string) => void
}

/**
 * Every queue with its jobs per state, each dead-letter queue (`<name>.dead`, nothing works it)
 * right under the queue it collects failures of; a click on a name or a count shows those jobs.
 */
export function QueuesTable({ onSelect, queues }: Props) {
  return (
    <AdminTable
      caption="Queues"
      columns={
        <>
          <th scope="col">Queue</th>
          {jobStates.map((state) => (
            <th className="admin-table__number" key={state} scope="col">
              {state}
            </th>
          ))}
          <th className="admin-table__number" scope="col">
            dead letters
          </th>
          <th scope="col">schedule</th>
        </>
      }
    >
      {queues.map((queue) => (
        <tr className={queue.isDeadLetter ? 'jobs-view__dead-letters' : undefined} key={queue.name}>
          <th scope="row">
            <button className="jobs-view__link" onClick={() => onSelect(queue.name)} type="button">
              {queue.name}
            </button>
            {queue.isDeadLetter && <span className="admin-view__muted"> dead letters</span>}
          </th>
          {jobStates.map((state) => (
            <td
              className={`admin-table__number${queue.counts[state] && (state === 'failed' || state === 'active') ? ` jobs-view__count--${state}` : ''}`}
              key={state}
            >
              {queue.counts[state]}
            </td>
          ))}
          <td className="admin-table__number">
            {queue.deadLetter && queue.deadLetterCount > 0 ? (
              <button
                aria-label={`${queue.deadLetterCount} dead letters of ${queue.name}: show them`}
                className="jobs-view__link"
                onClick={() => onSelect(queue.deadLetter!)}
                type="button"
              >
                {queue.deadLetterCount}
              </button>
            ) : (
              0
            )}
          </td>
          <td>{queue.schedule ? <code>{queue.schedule}</code> : '—'}</td>
        </tr>
      ))}
    </AdminTable>
  )
}
