import type { Metadata } from 'next'
import NextLink from 'next/link'

export const metadata: Metadata = { robots: { index: false }, title: 'Page not found' }

export default function NotFound() {
  return (
    <div className="not-found container">
      <p className="not-found__code">404</p>
      <h1>Page not found</h1>
      <p>The page you asked for does not exist, or it has moved.</p>
      <p>
        <NextLink className="button button--default" href="/">
          Go to the home page
        </NextLink>{' '}
        <NextLink className="button button--outline" href="/search">
          Search the site
        </NextLink>
      </p>
    </div>
  )
}
