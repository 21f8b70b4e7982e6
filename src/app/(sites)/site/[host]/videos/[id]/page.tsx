// View counts and comments change all the time, and `?share=` opens a page only for its holder.
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/plugins/video/exports/routes/watch'
