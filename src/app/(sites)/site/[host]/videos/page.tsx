// The filter and page are in the query string; a new approval shows at once.
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/video/exports/routes/gallery'
