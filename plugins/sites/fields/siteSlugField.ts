import { type CheckboxField, type Field, slugField, type TextField } from 'payload'

import { superAdminField } from '../access/superAdminField'

/**
 * A site's slug: its `<slug>.localhost` host, its `?site=` name and its preview address. Generated
 * from the name when a super-admin creates the site, then changed only by a super-admin: renaming
 * a site never moves it to another host (Payload's slug field would regenerate it on every save).
 */
export const siteSlugField = (): Field =>
  slugField({
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) => {
        if (field.type === 'checkbox') {
          const generate = (field as CheckboxField).hooks?.beforeChange ?? []
          return {
            ...field,
            hooks: {
              ...field.hooks,
              beforeChange: generate.map(
                (hook) => (args: Parameters<typeof hook>[0]) =>
                  args.operation === 'create' ? hook(args) : false,
              ),
            },
          }
        }
        return {
          ...(field as TextField),
          access: { create: superAdminField, update: superAdminField },
        }
      }),
    }),
    useAsSlug: 'name',
  })
