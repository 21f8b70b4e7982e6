import type { Site } from '@payload-types'

import { contrast, isHexColour, mix, readableOn, withContrast } from './contrast'
import type { SiteFont } from './fontStacks'

/** Prism's own colours: used for a missing or malformed value, and on hosts of no site. */
export const defaultTheme = {
  accent: '#5b21b6',
  accentForeground: '#ffffff',
  background: '#fcfbf8',
  font: 'serif' as SiteFont,
  foreground: '#1a1a22',
  surface: '#ffffff',
}

export type SafeTheme = typeof defaultTheme & {
  accentHover: string
  accentSoft: string
  border: string
  /** Links and accent-coloured text: the accent adjusted to 4.5:1 on background and surface. */
  link: string
  linkHover: string
  muted: string
  /** Which of the site's own colours were replaced to reach WCAG AA, for the admin to show. */
  replaced: string[]
}

const AA = 4.5

/**
 * A site's theme made safe to render: every text colour reaches WCAG AA (4.5:1) on the colour it
 * sits on. Foreground on background and accentForeground on accent are checked first and replaced
 * by black or white when they fail; link, muted and hover colours are derived from those.
 */
export function safeTheme(
  theme: Partial<NonNullable<Site['theme']>> | null | undefined,
): SafeTheme {
  const pick = (key: 'accent' | 'accentForeground' | 'background' | 'foreground' | 'surface') =>
    isHexColour(theme?.[key]) ? theme[key].toLowerCase() : defaultTheme[key]
  const replaced: string[] = []
  const background = pick('background')
  let foreground = pick('foreground')
  if (contrast(foreground, background) < AA) {
    foreground = readableOn(background)
    replaced.push('foreground')
  }
  // Cards and the header sit on the surface colour: if the text fails there, fall back to the page colour.
  let surface = pick('surface')
  if (contrast(foreground, surface) < AA) {
    surface = background
    replaced.push('surface')
  }
  const accent = pick('accent')
  let accentForeground = pick('accentForeground')
  if (contrast(accentForeground, accent) < AA) {
    accentForeground = readableOn(accent)
    replaced.push('accentForeground')
  }
  const link = withContrast(accent, [background, surface], AA)
  // Hover fills move away from the button text, so the label keeps (at least) its contrast.
  const accentHover = withContrast(
    mix(accent, readableOn(accentForeground), 0.15),
    [accentForeground],
    AA,
  )
  const accentSoft = mix(background, accent, 0.1)
  return {
    accent,
    accentForeground,
    accentHover,
    accentSoft:
      contrast(foreground, accentSoft) >= AA && contrast(link, accentSoft) >= AA
        ? accentSoft
        : surface,
    background,
    border: mix(background, foreground, 0.18),
    font: theme?.font ?? defaultTheme.font,
    foreground,
    link,
    linkHover: withContrast(mix(link, foreground, 0.3), [background, surface], AA),
    muted: withContrast(mix(foreground, background, 0.3), [background, surface], AA),
    replaced,
    surface,
  }
}
