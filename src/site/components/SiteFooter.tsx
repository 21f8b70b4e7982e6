import { queryFooter } from '../queries/queryFooter'
import { Link } from './Link'

export async function SiteFooter() {
  const { navItems, note } = await queryFooter()
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        {Boolean(navItems?.length) && (
          <nav aria-label="Footer" className="site-footer__nav">
            <ul>
              {navItems?.map(({ id, link }, index) => (
                <li key={id ?? index}>
                  <Link link={link} />
                </li>
              ))}
            </ul>
          </nav>
        )}
        {note && <p className="site-footer__note">{note}</p>}
      </div>
    </footer>
  )
}
