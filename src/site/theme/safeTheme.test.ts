import { describe, expect, it } from 'vitest'

import { contrast } from './contrast'
import { defaultTheme, safeTheme } from './safeTheme'

const base = { ...defaultTheme, font: 'sans' as const }

describe('safeTheme', () => {
  it('keeps a theme that already reaches AA', () => {
    const theme = safeTheme(base)
    expect(theme.replaced).toEqual([])
    expect(theme.foreground).toBe(base.foreground)
    expect(theme.accentForeground).toBe(base.accentForeground)
  })

  it('replaces a foreground and button text that fail AA, and derives AA links and muted text', () => {
    const theme = safeTheme({
      ...base,
      accent: '#f59e0b',
      accentForeground: '#ffffff',
      background: '#ffffff',
      foreground: '#bbbbbb',
    })
    expect(theme.replaced).toEqual(['foreground', 'accentForeground'])
    for (const [text, on] of [
      [theme.foreground, theme.background],
      [theme.foreground, theme.surface],
      [theme.accentForeground, theme.accent],
      [theme.link, theme.background],
      [theme.link, theme.surface],
      [theme.muted, theme.background],
      [theme.accentForeground, theme.accentHover],
    ]) {
      expect(contrast(text, on)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('works for dark themes and falls back on malformed colours', () => {
    const dark = safeTheme({
      ...base,
      accent: '#5b21b6',
      background: '#0b1f33',
      foreground: '#e6f1fb',
      surface: '#10294a',
    })
    expect(contrast(dark.link, dark.background)).toBeGreaterThanOrEqual(4.5)
    expect(safeTheme({ ...base, background: 'red' }).background).toBe(defaultTheme.background)
    expect(safeTheme(null).font).toBe(defaultTheme.font)
  })
})
