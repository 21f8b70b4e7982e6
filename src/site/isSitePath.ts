/** A path on this site (`/about`), never a protocol-relative or absolute URL that leaves it. */
export const isSitePath = (path: string): boolean => /^\/(?![/\\])/.test(path)
