import { Link } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import type { CourseTree as Tree, TreeVideo } from './loadCourseTree'
import './CourseBuilder.css'

type Props = { adminRoute: string; tree: Tree }

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`
const minutes = (value: number) => `${value} min`

const videoStates: Record<
  TreeVideo['status'],
  { label: string; tone: 'problem' | 'ready' | 'waiting' }
> = {
  approved: { label: 'ready', tone: 'ready' },
  failed: { label: 'processing failed', tone: 'problem' },
  pending_review: { label: 'waiting for review', tone: 'waiting' },
  processing: { label: 'processing', tone: 'waiting' },
  rejected: { label: 'rejected in moderation', tone: 'problem' },
  uploaded: { label: 'uploaded, not yet processed', tone: 'waiting' },
}

function VideoBadge({ adminRoute, video }: { adminRoute: string; video: null | TreeVideo }) {
  if (!video)
    return <span className="course-builder__badge course-builder__badge--none">no video</span>
  const state = videoStates[video.status]
  const progress =
    video.status === 'processing' && video.progress !== null ? ` ${video.progress}%` : ''
  return (
    <>
      <Link
        className={`course-builder__badge course-builder__badge--${state.tone}`}
        href={formatAdminURL({ adminRoute, path: `/collections/videos/${video.id}` })}
        prefetch={false}
        title={video.title}
      >
        {`Video: ${state.label}${progress}`}
      </Link>
      {/* Lesson videos are meant to be private: enrolled members watch them through the lesson. */}
      {video.visibility !== 'private' && (
        <span className="course-builder__badge course-builder__badge--problem">{`${video.visibility}: plays outside the course too`}</span>
      )}
    </>
  )
}

/**
 * A course's syllabus at a glance: modules and lessons in the editors' order, with what decides
 * when a member may open them (free previews, drip days, prerequisites) and whether each lesson's
 * video is ready. Every title opens that document in the admin.
 */
export function CourseTree({ adminRoute, tree }: Props) {
  const { course, modules } = tree
  const edit = (collection: string, id: number) =>
    formatAdminURL({ adminRoute, path: `/collections/${collection}/${id}` })
  return (
    <section aria-label="Syllabus" className="course-builder">
      <p className="course-builder__facts">
        <span className={`course-builder__badge course-builder__badge--status-${course.status}`}>
          {course.status}
        </span>{' '}
        {[
          plural(modules.length, 'module'),
          plural(tree.lessonCount, 'lesson'),
          minutes(tree.minutes),
        ].join(' · ')}
      </p>
      <p className="course-builder__hint">
        Drag modules into order in the course&apos;s{' '}
        <Link href={edit('courses', course.id)} prefetch={false}>
          Edit
        </Link>{' '}
        tab, and lessons in each module&apos;s.{' '}
        <Link
          href={formatAdminURL({ adminRoute, path: `/instructor?course=${course.id}` })}
          prefetch={false}
        >
          Enrollments and progress
        </Link>
      </p>
      {modules.length === 0 ? (
        <p className="course-builder__empty">
          No modules yet: add the first one under Modules in the Edit tab.
        </p>
      ) : (
        <ol className="course-builder__modules">
          {modules.map((module) => (
            <li className="course-builder__module" data-module-id={module.id} key={module.id}>
              <div className="course-builder__module-head">
                <Link
                  className="course-builder__module-title"
                  href={edit('modules', module.id)}
                  prefetch={false}
                >
                  {module.title}
                </Link>
                <span className="course-builder__meta">{`${plural(module.lessons.length, 'lesson')} · ${minutes(module.minutes)}`}</span>
                {module.dripDays > 0 && (
                  <span className="course-builder__badge course-builder__badge--drip">{`opens ${plural(module.dripDays, 'day')} after enrolling`}</span>
                )}
                {module.requiresPrevious && (
                  <span className="course-builder__badge course-builder__badge--requires">
                    requires the previous module
                  </span>
                )}
              </div>
              {module.lessons.length === 0 ? (
                <p className="course-builder__empty">No lessons yet.</p>
              ) : (
                <ol className="course-builder__lessons">
                  {module.lessons.map((lesson) => (
                    <li
                      className="course-builder__lesson"
                      data-lesson-id={lesson.id}
                      key={lesson.id}
                    >
                      <Link
                        className="course-builder__lesson-title"
                        href={edit('lessons', lesson.id)}
                        prefetch={false}
                      >
                        {lesson.title}
                      </Link>
                      <span className="course-builder__meta">
                        {lesson.durationMinutes === null
                          ? 'no duration'
                          : minutes(lesson.durationMinutes)}
                      </span>
                      {lesson.freePreview && (
                        <span className="course-builder__badge course-builder__badge--preview">
                          free preview
                        </span>
                      )}
                      <VideoBadge adminRoute={adminRoute} video={lesson.video} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
