import type { Metadata } from 'next'
import NextLink from 'next/link'

import { publicPath } from '@/src/site/previewPath'
import { querySearch } from '@/src/site/queries/querySearch'
import { requireSite } from '@/src/site/requireSite'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string }>; searchParams: Promise<{ q?: string | string[] }> }

const queryOf = async (searchParams: Props['searchParams']): Promise<string> => {
  const { q } = await searchParams
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? ''
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await requireSite(params)
  const q = await queryOf(searchParams)
  return {
    alternates: { canonical: '/search' },
    // Result pages are endless variations of one page: keep them out of search engines.
    robots: { follow: true, index: false },
    title: q ? `Search: ${q}` : 'Search',
  }
}

export default async function SearchRoute({ params, searchParams }: Props) {
  const { site } = await requireSite(params)
  const q = await queryOf(searchParams)
  const results = q ? await querySearch(site.id, q) : []
  return (
    <div className="search container">
      <header className="page-heading">
        <h1>Search</h1>
      </header>
      <form action="/search" className="search__form" method="get" role="search">
        <label htmlFor="search-q">Search pages and posts</label>
        <div className="search__row">
          <input autoComplete="off" defaultValue={q} id="search-q" name="q" type="search" />
          <button className="button button--default" type="submit">
            Search
          </button>
        </div>
      </form>
      {q && (
        <section aria-labelledby="results-heading" className="search__results">
          <h2 aria-live="polite" id="results-heading">
            {results.length === 0
              ? `No results for “${q}”`
              : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${q}”`}
          </h2>
          {results.length > 0 && (
            <ol className="search__list">
              {results.map((result) => (
                <li className="search__result" key={result.id}>
                  <p className="search__kind">
                    {result.doc.relationTo === 'posts' ? 'Post' : 'Page'}
                  </p>
                  <h3>
                    <NextLink href={publicPath(result.doc.relationTo, result.slug ?? '')}>
                      {result.title || 'Untitled'}
                    </NextLink>
                  </h3>
                  {result.description && <p>{result.description}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  )
}
