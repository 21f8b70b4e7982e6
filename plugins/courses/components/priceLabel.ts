import type { Course } from '@payload-types'

/** "Free", or the price in the course's currency. */
export const priceLabel = (course: Pick<Course, 'currency' | 'price'>): string =>
  course.price ? new Intl.NumberFormat('en', { currency: course.currency, style: 'currency' }).format(course.price) : 'Free'

export const coursePath = (slug: string) => `/courses/${encodeURIComponent(slug)}`
export const lessonPath = (slug: string, lessonId: number) => `${coursePath(slug)}/lessons/${lessonId}`
