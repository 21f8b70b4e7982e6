import type { SeedStep } from '../../src/seed/seedSteps'
import { heading, richText } from '../../src/seed/lexical'

const context = { disableRevalidate: true }

/** Lightwave's contact form, at the end of its home page. */
export const websiteDemoSeed: SeedStep = {
  name: 'website',
  run: async (payload, { sites }) => {
    const site = sites.lightwave
    if (site === undefined) return
    const form = await payload.create({
      collection: 'forms',
      context,
      data: {
        site,
        confirmationMessage: richText('Thank you. We answer every message within two working days.'),
        confirmationType: 'message',
        fields: [
          { blockType: 'text', label: 'Your name', name: 'name', required: true, width: 50 },
          { blockType: 'email', label: 'Email', name: 'email', required: true, width: 50 },
          { blockType: 'textarea', label: 'What are you working on?', name: 'message', required: true, width: 100 },
        ],
        submitButtonLabel: 'Send',
        title: 'Contact',
      },
    })
    const { docs } = await payload.find({ collection: 'pages', depth: 0, limit: 1, where: { and: [{ site: { equals: site } }, { slug: { equals: 'home' } }] } })
    const home = docs[0]
    if (!home) return
    const formBlock = { blockType: 'formBlock' as const, enableIntro: true, form: form.id, introContent: richText(heading('h2', 'Tell us about your project')) }
    await payload.update({ collection: 'pages', context, data: { layout: [...home.layout, formBlock] }, id: home.id })
  },
}
