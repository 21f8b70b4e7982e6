export const dynamic = 'force-dynamic'
export { GET } from '@/plugins/courses/exports/routes/eventsCalendar'
