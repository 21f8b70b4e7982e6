export const dynamic = 'force-dynamic'
export { default, metadata } from '@/plugins/courses/exports/routes/certificate'
