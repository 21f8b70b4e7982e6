// Seats and the visitor's own registration change with every request.
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/courses/exports/routes/event'
