import type { Site } from '../../payload-types'

/** Prism's own colours: Lightwave's theme, and the one of sites made for tests and benchmarks. */
export const prismTheme: Omit<Site['theme'], 'logo'> = {
  accent: '#5b21b6',
  accentForeground: '#ffffff',
  background: '#fbfaf7',
  font: 'serif',
  foreground: '#17161c',
  surface: '#ffffff',
}
