'use client'
import { useRowLabel } from '@payloadcms/ui'

type Row = { link?: { label?: null | string } }

/** Names array rows after their link ("About") instead of "Link 01" in the admin. */
export const LinkRowLabel = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  return <span>{data?.link?.label || `Link ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
}
