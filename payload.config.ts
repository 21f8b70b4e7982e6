import { accountPlugin } from './plugins/account'
import { coursesPlugin } from './plugins/courses'
import { queuePlugin } from './plugins/queue'
import { videoPlugin } from './plugins/video'
import { websitePlugin } from './plugins/website'
import { buildPrismConfig } from './src/config/buildPrismConfig'

/**
 * What this Prism runs: one line per plugin. Delete a line and its feature goes (collections,
 * blocks, jobs, seed content, site pages); the rest keeps working (tests/plugins/removal.system.test.ts).
 * Video comes before courses, whose lessons then get a video field.
 */
export const plugins = [
  websitePlugin(),
  videoPlugin(),
  coursesPlugin(),
  accountPlugin(),
  queuePlugin(),
]

export default buildPrismConfig(plugins)
