export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/courses/exports/routes/lesson'
