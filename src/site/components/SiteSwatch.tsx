import { devHost } from '../hosts/siteRoute'
import type { SiteSummary } from '../queries/querySites'
import { safeTheme } from '../theme/safeTheme'
import { themeStyle } from '../theme/themeStyle'

type Props = { port: string | undefined; site: SiteSummary }

/**
 * A site on the index: a card drawn in the site's own (AA-safe) theme, with its name, description,
 * a strip of its colours and its development address. The whole card is one link.
 */
export function SiteSwatch({ port, site }: Props) {
  const theme = safeTheme(site.theme)
  const address = `${devHost(site.slug)}${port ? `:${port}` : ''}`
  const domains = (site.domains ?? []).map(({ domain }) => domain)
  return (
    <article className="site-swatch" style={themeStyle(theme)}>
      <div aria-hidden="true" className="site-swatch__colours">
        {[theme.background, theme.surface, theme.foreground, theme.accent].map((colour, index) => (
          <span key={index} style={{ background: colour }} />
        ))}
      </div>
      <h2 className="site-swatch__name">
        <a className="site-swatch__link" href={`http://${address}/`}>
          {site.name}
        </a>
      </h2>
      {site.description && <p className="site-swatch__description">{site.description}</p>}
      <p className="site-swatch__address">
        {address}
        {domains.length > 0 && <span> · {domains.join(', ')}</span>}
      </p>
    </article>
  )
}
