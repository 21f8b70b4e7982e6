import config from '../../payload.config'
import { configQueues } from '../../src/queue/pluginQueues'

/** Every queue of the app's config and its handler, as `npm run worker` starts them. */
export const { handlers, queues } = configQueues(await config)
