/** WCAG 2.1 colour arithmetic on `#rrggbb` colours. */
type Rgb = [number, number, number]

export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb

const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/** Relative luminance, WCAG 2.1 §1.4.3. */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two colours, 1 to 21. AA asks 4.5 for body text and 3 for large text and UI. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** `amount` of `b` mixed into `a` (0 = a, 1 = b), in sRGB like CSS `color-mix(in srgb, …)`. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [toRgb(a), toRgb(b)]
  return toHex(x.map((c, i) => c + (y[i] - c) * amount) as Rgb)
}

/** Black-ish or white, whichever reads better on `background` (one always passes AA). */
export const readableOn = (background: string): string =>
  contrast('#111111', background) >= contrast('#ffffff', background) ? '#111111' : '#ffffff'

/**
 * `colour` moved step by step towards black or white (away from the backgrounds) until it reaches
 * `ratio` against every background: keeps the site's hue where it can, and always ends up passing.
 */
export function withContrast(colour: string, backgrounds: string[], ratio: number): string {
  const target = readableOn(backgrounds[0])
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, target, step / 20)
    if (backgrounds.every((background) => contrast(candidate, background) >= ratio))
      return candidate
  }
  return target
}
