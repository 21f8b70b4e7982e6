/** The site paths of the course pages, in one place so links and routes agree. */
export const coursePath = (slug: string) => `/courses/${encodeURIComponent(slug)}`
export const lessonPath = (slug: string, lessonId: number) =>
  `${coursePath(slug)}/lessons/${lessonId}`
export const certificatePath = (code: string) => `/certificates/${encodeURIComponent(code)}`

/** The admin's login on this host, which sets the session cookie the site pages read, and then comes back. */
export const signInPath = (back: string) => `/admin/login?redirect=${encodeURIComponent(back)}`
