import type { Course } from '@payload-types'

/** "Free", or the price in the course's currency. */
export const priceLabel = (course: Pick<Course, 'currency' | 'price'>): string =>
  course.price
    ? new Intl.NumberFormat('en', { currency: course.currency, style: 'currency' }).format(
        course.price,
      )
    : 'Free'

/** "Beginner" for `beginner`: the stored level as a reader sees it; null for none. */
export const levelLabel = (level: Course['level']): null | string =>
  level ? level.charAt(0).toUpperCase() + level.slice(1) : null
