/** `/posts` is page 1; later pages live at `/posts/page/N`. */
export const postsPageHref = (page: number): string =>
  page <= 1 ? '/posts' : `/posts/page/${page}`
