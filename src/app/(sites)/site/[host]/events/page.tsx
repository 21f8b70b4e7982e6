// Month and past views live in the query string; seats change with every registration.
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/courses/exports/routes/events'
