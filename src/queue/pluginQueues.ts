import type { Config, SanitizedConfig } from 'payload'

import { customList } from '../config/customList'
import type { QueueDefinitions } from './boss'
import type { Handlers } from './jobHandler'

/** What a plugin gives the workers: the queues it declares (its `jobs.ts`) and a handler for each. */
export type QueueContribution<Queues extends QueueDefinitions = QueueDefinitions> = {
  handlers: Handlers<Queues>
  queues: Queues
}

const contributions = customList<QueueContribution>('queues')

/**
 * Adds a plugin's queues to the config (`custom.queues`). The workers take jobs from every queue
 * found there, as Payload's own runner does from `jobs.tasks`: a plugin that is not in the config
 * has no queue, no schedule and no handler running.
 */
export function addQueues<Queues extends QueueDefinitions>(
  config: Config,
  contribution: QueueContribution<Queues>,
): Config {
  return contributions.add(config, contribution as unknown as QueueContribution)
}

/** Every queue of the config with its handler, for a worker. Two plugins declaring one name is a mistake caught at start. */
export function configQueues(config: Pick<SanitizedConfig, 'custom'>): QueueContribution {
  const all: QueueContribution = { handlers: {}, queues: {} }
  for (const { handlers, queues } of contributions.read(config)) {
    for (const name of Object.keys(queues)) {
      if (name in all.queues) throw new Error(`The queue ${name} is declared twice`)
      all.queues[name] = queues[name]
      all.handlers[name] = handlers[name]
    }
  }
  return all
}
