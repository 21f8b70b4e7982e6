/**
 * The site a job acts for, in every job's data (`data.site`), set by the sender from the document
 * the job works on. `null`: an instance-wide job (a sweep across sites, Payload's scheduled
 * publishing run, a health check), which only super-admins see and operate.
 */
export type JobSite = { site: null | number | { id: number } }

/** Which jobs an operator sees and operates: all of them (super-admins), or those of these sites. */
export type JobScope = 'all' | readonly number[]

/** The site id stored in a job's data: a populated site document is stored as its id. */
export const siteIdOf = (site: JobSite['site']): null | number =>
  site !== null && typeof site === 'object' ? site.id : site

/**
 * `pgboss.job j` in scope, as SQL with its one parameter (`$n`): a site id array, or null for all.
 * Ids are compared as text, as `data->>'site'` reads them, so a job without a site never matches.
 */
export const scopeCondition = (n: number): string =>
  `($${n}::text[] IS NULL OR j.data->>'site' = ANY($${n}::text[]))`

export const scopeParameter = (scope: JobScope): null | string[] =>
  scope === 'all' ? null : scope.map(String)
