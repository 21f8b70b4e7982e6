import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { filesIn } from '../../tests/helpers/upload'
import { login } from '../../tests/helpers/users'
import { DEMO_ADMIN, DEMO_EDITOR, demoUsers, seed, seedIfEmpty } from './index'
import { demoSites } from './sites'

/** WCAG relative-luminance contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

let t: TestPayload
beforeAll(async () => {
  // The seeded template is `seedIfEmpty` run on an empty database (tests/setup/buildTemplate.ts).
  t = await createTestPayload({ seeded: true })
})
afterAll(async () => t?.cleanup())

const collections = [
  'pages',
  'posts',
  'media',
  'categories',
  'users',
  'forms',
  'sites',
  'courses',
  'modules',
  'lessons',
  'members',
  'events',
] as const

async function counts(): Promise<Record<(typeof collections)[number] | 'files', number>> {
  const entries = await Promise.all(
    collections.map(
      async (collection) =>
        [collection, (await t.payload.count({ collection })).totalDocs] as const,
    ),
  )
  return { ...Object.fromEntries(entries), files: filesIn(t.mediaDir).length } as Record<
    (typeof collections)[number] | 'files',
    number
  >
}

describe('seed', () => {
  it('fills an empty database once, and reseeding gives the same content', async () => {
    const first = await counts()
    // Lightwave: 8 images of 1600×900, the original plus six sizes each (xlarge is not upscaled).
    // The 8 other sites: one 1200×675 image each, the original plus five sizes (nor large).
    // Ozean Licht: a free course of 3 modules / 5 lessons, a paid one of 1 / 2, the member's profile, two events.
    expect(first).toEqual({
      categories: 3,
      courses: 2,
      events: 2,
      files: 56 + 8 * 6,
      forms: 1,
      lessons: 7,
      media: 16,
      members: 1,
      modules: 4,
      pages: 18,
      posts: 22,
      sites: 9,
      users: 6,
    })

    expect(await seedIfEmpty(t.payload)).toBe(false)
    await seed(t.payload)
    expect(await counts()).toEqual(first)
    // A full seed resizes every demo image with sharp: a minute or more on a loaded 2-core machine.
  }, 300_000)

  it('leaves every demo account able to sign in, with its roles', async () => {
    for (const user of demoUsers)
      await expect(login(t.payload, user.email, user.password)).resolves.toEqual(expect.any(String))
    const { docs } = await t.payload.find({
      collection: 'users',
      depth: 1,
      where: { email: { in: [DEMO_ADMIN.email, DEMO_EDITOR.email] } },
    })
    const byEmail = new Map(docs.map((user) => [user.email, user]))
    expect(byEmail.get(DEMO_ADMIN.email)?.roles).toEqual(['super-admin'])
    expect(
      byEmail
        .get(DEMO_EDITOR.email)
        ?.sites?.map((row) => [typeof row.site === 'object' && row.site.slug, row.roles]),
    ).toEqual([['lightwave', ['editor']]])
  })

  it('gives every site a theme whose text meets WCAG AA contrast, a home page and navigation', async () => {
    const { docs: sites } = await t.payload.find({ collection: 'sites', depth: 0, limit: 20 })
    expect(sites.map((site) => site.slug).sort()).toEqual(demoSites.map((site) => site.slug).sort())
    for (const { id, slug, headerNav, theme } of sites) {
      expect
        .soft(contrast(theme.foreground, theme.background), `${slug} text`)
        .toBeGreaterThanOrEqual(4.5)
      expect
        .soft(contrast(theme.foreground, theme.surface), `${slug} text on surface`)
        .toBeGreaterThanOrEqual(4.5)
      expect
        .soft(contrast(theme.accentForeground, theme.accent), `${slug} button`)
        .toBeGreaterThanOrEqual(4.5)
      expect
        .soft(contrast(theme.accent, theme.background), `${slug} links`)
        .toBeGreaterThanOrEqual(4.5)
      expect(headerNav?.length).toBeGreaterThan(0)
      expect(
        (
          await t.payload.count({
            collection: 'pages',
            where: { and: [{ site: { equals: id } }, { slug: { equals: 'home' } }] },
          })
        ).totalDocs,
      ).toBe(1)
    }
  })
})
