// Filters live in the query string.
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/courses/exports/routes/catalogue'
