import NextLink from 'next/link'

import type { ModuleState } from '../progress/courseState'
import { lessonPath } from './coursePaths'

type Props = {
  courseSlug: string
  durations: Map<number, number>
  enrolled: boolean
  modules: ModuleState[]
}

const shortDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

/** Why an enrolled member cannot open a module yet, in a badge beside its title. */
const lockLabel = (module: ModuleState) =>
  module.lockedBy === 'drip' && module.unlocksAt
    ? `Opens ${shortDate(module.unlocksAt)}`
    : 'Opens after the previous module'

/**
 * Modules and their lessons in the editors' order, with each lesson's length and preview badge;
 * for an enrolled member also what is complete and which modules are still locked (and why).
 */
export function Syllabus({ courseSlug, durations, enrolled, modules }: Props) {
  return (
    <section aria-labelledby="syllabus" className="course-syllabus">
      <h2 id="syllabus">Syllabus</h2>
      <ol className="course-syllabus__modules">
        {modules.map((module) => {
          const locked = enrolled && module.lockedBy
          return (
            <li data-locked={locked || undefined} key={module.id}>
              <h3>
                {module.title}
                {locked && (
                  <span className="course-badge course-badge--locked">{lockLabel(module)}</span>
                )}
              </h3>
              <ol className="course-syllabus__lessons">
                {module.lessons.map((lesson) => (
                  <li data-completed={lesson.completed || undefined} key={lesson.id}>
                    <NextLink href={lessonPath(courseSlug, lesson.id)}>{lesson.title}</NextLink>
                    {lesson.completed && (
                      <span className="course-badge course-badge--done">
                        <span aria-hidden="true">✓ </span>Completed
                      </span>
                    )}
                    {lesson.freePreview && <span className="course-badge">Free preview</span>}
                    {durations.get(lesson.id) ? (
                      <span className="course-syllabus__minutes">{`${durations.get(lesson.id)} min`}</span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
