import type { Site } from '@payload-types'

export type SiteFont = NonNullable<Site['theme']>['font']

const system = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const serif = "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, ui-serif, serif"
const rounded =
  "ui-rounded, 'SF Pro Rounded', 'Nunito', 'Quicksand', 'Varela Round', 'Arial Rounded MT Bold', system-ui, sans-serif"
const mono =
  "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace"

/**
 * Heading and body font stacks per theme `font`. Only fonts installed on the reader's machine: no
 * web-font download, so no layout shift and no request to a font host.
 */
export const fontStacks: Record<SiteFont, { body: string; heading: string }> = {
  mono: { body: system, heading: mono },
  rounded: { body: rounded, heading: rounded },
  sans: { body: system, heading: system },
  serif: { body: system, heading: serif },
}
