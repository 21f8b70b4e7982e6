import type { CSSProperties } from 'react'

import { luminance } from './contrast'
import { fontStacks } from './fontStacks'
import type { SafeTheme } from './safeTheme'

/** A theme as the CSS custom properties globals.css is written against, for a `style` attribute. */
export function themeStyle(theme: SafeTheme): CSSProperties {
  const fonts = fontStacks[theme.font] ?? fontStacks.serif
  return {
    '--color-accent': theme.accent,
    '--color-accent-contrast': theme.accentForeground,
    '--color-accent-hover': theme.accentHover,
    '--color-accent-soft': theme.accentSoft,
    '--color-bg': theme.background,
    '--color-border': theme.border,
    '--color-fg': theme.foreground,
    '--color-focus': theme.link,
    '--color-link': theme.link,
    '--color-link-hover': theme.linkHover,
    '--color-muted': theme.muted,
    '--color-surface': theme.surface,
    '--font-body': fonts.body,
    '--font-heading': fonts.heading,
    // Form controls and scrollbars follow the page: dark ones on a dark theme.
    colorScheme: luminance(theme.background) > luminance(theme.foreground) ? 'light' : 'dark',
  } as CSSProperties
}
