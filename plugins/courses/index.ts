import type { Plugin } from 'payload'

import { seedSteps } from '../../src/seed/seedSteps'
import { personalDataSources } from '../account'
import { siteFeatures } from '../sites'
import { videoViewListeners, videoWatchGrants } from '../video'
import { addCoursesAdmin } from './admin/views'
import { addCourseBlocks } from './blocks'
import { certificatePdfEndpoint, verifyCertificateEndpoint } from './certificates/endpoints'
import { coursesDemoSeed } from './demoSeed'
import { Courses } from './collections/Courses'
import { Enrollments } from './collections/Enrollments'
import { EventRegistrations } from './collections/EventRegistrations'
import { Events } from './collections/Events'
import { LessonProgress } from './collections/LessonProgress'
import { Lessons } from './collections/Lessons'
import { Members } from './collections/Members'
import { Modules } from './collections/Modules'
import { coursesPersonalData } from './personalData'
import { reorderWithinParentEndpoint } from './endpoints/reorderWithinParent'
import { lessonVideoGrant } from './lessonVideoGrant'
import { lessonPositionListener } from './progress/lessonPositionListener'
import { COURSES_FEATURE, EVENTS_FEATURE } from './features'

export type CoursesPluginOptions = Record<string, never>

/**
 * Courses, members and events (seed 001, Ozean Licht): a catalogue of courses → ordered modules →
 * ordered lessons, enrollments and per-lesson progress with drip and prerequisites, certificates,
 * and an events calendar. Its collections belong to sites (`custom.site`, read by `sitesPlugin`).
 */
export const coursesPlugin =
  (_options: CoursesPluginOptions = {}): Plugin =>
  (config) => {
    // A lesson's video is a video of the video plugin: the field exists when that collection does
    // (video's plugin comes first in payload.config.ts).
    const videos = (config.collections ?? []).some((collection) => collection.slug === 'videos')
    const lessons = videos
      ? Lessons
      : {
          ...Lessons,
          fields: Lessons.fields.filter((field) => !('name' in field && field.name === 'video')),
        }
    let next = addCourseBlocks({
      ...addCoursesAdmin(config),
      collections: [
        ...(config.collections ?? []),
        Courses,
        Modules,
        lessons,
        Members,
        Enrollments,
        LessonProgress,
        Events,
        EventRegistrations,
      ],
      endpoints: [
        ...(config.endpoints ?? []),
        verifyCertificateEndpoint,
        certificatePdfEndpoint,
        reorderWithinParentEndpoint,
      ],
    })
    next = personalDataSources.add(next, coursesPersonalData)
    next = siteFeatures.add(
      next,
      { label: 'Courses', value: COURSES_FEATURE },
      { label: 'Events', value: EVENTS_FEATURE },
    )
    if (videos) {
      // A lesson's video plays for the lesson's members, and the player's position is the lesson's.
      next = videoWatchGrants.add(next, lessonVideoGrant)
      next = videoViewListeners.add(next, lessonPositionListener)
    }
    return seedSteps.add(next, coursesDemoSeed)
  }
