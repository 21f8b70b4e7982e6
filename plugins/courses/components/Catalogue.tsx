import NextLink from 'next/link'

import { courseLevels } from '../levels'
import { levelLabel } from './courseLabels'
import { CourseCardGrid } from './CourseCardGrid'
import type { CatalogueCourse, CatalogueFilter } from './queries/catalogue'
import './courses.css'

type Props = { courses: CatalogueCourse[]; filter: CatalogueFilter; tags: string[] }

/** `/courses`: the published courses with filters that work without script (a GET form). */
export function Catalogue({ courses, filter, tags }: Props) {
  const filtered = Object.values(filter).some(Boolean)
  return (
    <div className="course-catalogue container">
      <header className="page-heading">
        <h1>Courses</h1>
        <p className="page-heading__meta">{`${courses.length} ${courses.length === 1 ? 'course' : 'courses'}${filtered ? ' match these filters' : ''}`}</p>
      </header>
      <form
        action="/courses"
        aria-label="Filter courses"
        className="course-filters"
        method="get"
        role="search"
      >
        <label>
          Search{' '}
          <input defaultValue={filter.q} name="q" placeholder="Title or summary" type="search" />
        </label>
        <label>
          Level{' '}
          <select defaultValue={filter.level ?? ''} name="level">
            <option value="">Any</option>
            {courseLevels.map((level) => (
              <option key={level} value={level}>
                {levelLabel(level)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Price{' '}
          <select defaultValue={filter.price ?? ''} name="price">
            <option value="">Any</option>
            <option value="free">Free</option>
            <option value="paid">Paid</option>
          </select>
        </label>
        {tags.length > 0 && (
          <label>
            Topic{' '}
            <select defaultValue={filter.tag ?? ''} name="tag">
              <option value="">Any</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
        )}
        <button className="button button--default" type="submit">
          Filter
        </button>
        {filtered && (
          <NextLink className="course-filters__clear" href="/courses">
            Clear filters
          </NextLink>
        )}
      </form>
      <CourseCardGrid
        courses={courses}
        empty="No course matches these filters."
        headingLevel={2}
        preloadFirst
      />
    </div>
  )
}
