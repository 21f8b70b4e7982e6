import { headers } from 'next/headers'

import { SiteSwatch } from '@/src/site/components/SiteSwatch'
import { querySites } from '@/src/site/queries/querySites'

// The links carry this request's port, and the list changes whenever a site is added.
export const dynamic = 'force-dynamic'

/** Plain `localhost` (and the instance's own address): every site, linked to `<slug>.localhost`. */
export default async function SiteIndexRoute() {
  const host = (await headers()).get('host') ?? ''
  const port = /:(\d+)$/.exec(host)?.[1]
  const sites = await querySites()
  return (
    <div className="site-index container">
      <header className="page-heading">
        <h1>Prism sites</h1>
        <p className="page-heading__meta">
          One Payload instance serves {sites.length} {sites.length === 1 ? 'site' : 'sites'}. Each
          answers on its own domains and, in development, on <code>&lt;slug&gt;.localhost</code>.
          The <a href="/admin">admin panel</a> and the <a href="/api/pages">APIs</a> work on every
          host.
        </p>
      </header>
      {sites.length === 0 ? (
        <p className="empty">No sites yet. Create one in the admin panel under Sites.</p>
      ) : (
        <ul className="site-index__list">
          {sites.map((site) => (
            <li key={site.id}>
              <SiteSwatch port={port} site={site} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
