import { editHomeLayout } from '../../src/seed/editHomeLayout'
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
        confirmationMessage: richText(
          'Thank you. We answer every message within two working days.',
        ),
        confirmationType: 'message',
        fields: [
          { name: 'name', blockType: 'text', label: 'Your name', required: true, width: 50 },
          { name: 'email', blockType: 'email', label: 'Email', required: true, width: 50 },
          {
            name: 'message',
            blockType: 'textarea',
            label: 'What are you working on?',
            required: true,
            width: 100,
          },
        ],
        site,
        submitButtonLabel: 'Send',
        title: 'Contact',
      },
    })
    const formBlock = {
      blockType: 'formBlock' as const,
      enableIntro: true,
      form: form.id,
      introContent: richText(heading('h2', 'Tell us about your project')),
    }
    await editHomeLayout(payload, site, (layout) => [...layout, formBlock])
  },
}
