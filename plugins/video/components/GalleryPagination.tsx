import NextLink from 'next/link'

import { galleryPath } from './watchPath'

type Props = { page: number; tag?: string; totalPages: number }

/** Previous and next pages of the gallery, keeping the tag filter; styled like the posts' pagination. */
export function GalleryPagination({ page, tag, totalPages }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        <li>
          {page > 1 ? (
            <NextLink href={galleryPath({ page: page - 1, tag })} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </NextLink>
          ) : (
            <span aria-hidden="true" className="pagination__disabled">Previous</span>
          )}
        </li>
        <li>
          <span className="pagination__status">
            Page {page} of {totalPages}
          </span>
        </li>
        <li>
          {page < totalPages ? (
            <NextLink href={galleryPath({ page: page + 1, tag })} rel="next">
              Next<span className="visually-hidden"> page</span>
            </NextLink>
          ) : (
            <span aria-hidden="true" className="pagination__disabled">Next</span>
          )}
        </li>
      </ul>
    </nav>
  )
}
