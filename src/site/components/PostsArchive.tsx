import type { Post } from '@payload-types'
import type { PaginatedDocs } from 'payload'

import { CardGrid } from './CardGrid'
import { Pagination } from './Pagination'
import { postsPageHref } from './postsPageHref'

/** One page of `/posts`: its heading, the cards and the page links. */
export function PostsArchive({ result }: { result: PaginatedDocs<Post> }) {
  const { docs, page = 1, pagingCounter, totalDocs, totalPages } = result
  return (
    <div className="posts-archive container">
      <header className="page-heading">
        <h1>Posts{page > 1 && <span className="visually-hidden">, page {page}</span>}</h1>
        {totalDocs > 0 && (
          <p className="page-heading__meta">
            {totalPages > 1
              ? `Showing ${pagingCounter}–${pagingCounter + docs.length - 1} of ${totalDocs} posts`
              : `${totalDocs} ${totalDocs === 1 ? 'post' : 'posts'}`}
          </p>
        )}
      </header>
      <CardGrid headingLevel={2} posts={docs} preloadFirst />
      <Pagination href={postsPageHref} page={page} totalPages={totalPages} />
    </div>
  )
}
