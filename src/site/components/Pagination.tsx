import NextLink from 'next/link'

/** `href(n)`: the address of page `n`, which keeps whatever else the list is filtered by. */
type Props = { href: (page: number) => string; page: number; totalPages: number }

/** Page links around the current one, first and last always shown, gaps marked with an ellipsis. */
export function Pagination({ href, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const shown = [...new Set([1, page - 1, page, page + 1, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        <li>
          {page > 1 ? (
            <NextLink href={href(page - 1)} rel="prev">
              Previous<span className="visually-hidden"> page</span>
            </NextLink>
          ) : (
            <span aria-hidden="true" className="pagination__disabled">
              Previous
            </span>
          )}
        </li>
        {shown.map((n, index) => (
          <li key={n}>
            {index > 0 && n - shown[index - 1] > 1 && <span className="pagination__gap">…</span>}
            <NextLink aria-current={n === page ? 'page' : undefined} href={href(n)}>
              <span className="visually-hidden">Page </span>
              {n}
            </NextLink>
          </li>
        ))}
        <li>
          {page < totalPages ? (
            <NextLink href={href(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span>
            </NextLink>
          ) : (
            <span aria-hidden="true" className="pagination__disabled">
              Next
            </span>
          )}
        </li>
      </ul>
    </nav>
  )
}
