import type { ReactNode } from 'react'

import './AdminTable.css'

type Props = {
  caption: string
  /** The body rows. */
  children: ReactNode
  /** A hook for the view's own styles beside `admin-table`. */
  className?: string
  /** The header row's cells. */
  columns: ReactNode
}

/** A table of a custom admin view, in the admin's theme; it scrolls sideways rather than squeezing its columns. */
export function AdminTable({ caption, children, className, columns }: Props) {
  return (
    <div className="admin-table__scroll">
      <table className={className ? `admin-table ${className}` : 'admin-table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>{columns}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
