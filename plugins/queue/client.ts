/**
 * The process's sending pg-boss, for code that still sends through it directly.
 * @deprecated Declare jobs with `defineJob` and send with `createSender(jobs)` (src/queue/sender.ts):
 * it type-checks the data and creates the queues it sends to.
 */
export { getSender, stopSender } from '../../src/queue/sender'
