import { type CollectionConfig, slugField } from 'payload'

import { catalogueAccess } from '../access/courseAccess'
import { registerEndpoint, unregisterEndpoint } from '../events/registration'
import { fixedAfterCreate } from '../hooks/fixedAfterCreate'
import { validTimeZone } from '../hooks/validTimeZone'
import { courseWriters } from '../roles'

/** A dated event of a site (a workshop, a retreat, a live session), with optional registration. */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  // Published and cancelled events are public; drafts only for the site's admins, editors and instructors.
  access: catalogueAccess('status'),
  admin: {
    defaultColumns: ['title', 'startsAt', 'timeZone', 'status'],
    group: 'Events',
    useAsTitle: 'title',
  },
  custom: { site: { keepAccess: true, roles: courseWriters } },
  defaultSort: 'startsAt',
  endpoints: [registerEndpoint, unregisterEndpoint],
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    { name: 'summary', type: 'textarea', maxLength: 400 },
    { name: 'description', type: 'richText' },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          index: true,
          required: true,
        },
        {
          name: 'endsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          required: true,
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value ||
            !siblingData.startsAt ||
            new Date(String(value)) > new Date(siblingData.startsAt)
              ? true
              : 'The event must end after it starts.',
        },
        {
          name: 'timeZone',
          type: 'text',
          admin: {
            description: 'IANA name, e.g. Europe/Vienna: times are shown and exported in it.',
          },
          defaultValue: 'Europe/Vienna',
          required: true,
          validate: validTimeZone,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'location',
          type: 'text',
          admin: { description: 'Address or venue; empty for online-only events.' },
          maxLength: 300,
        },
        {
          name: 'onlineUrl',
          type: 'text',
          admin: { description: 'Link to join online.' },
          maxLength: 500,
        },
      ],
    },
    slugField(),
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'draft',
      index: true,
      options: ['draft', 'published', 'cancelled'],
      required: true,
    },
    {
      name: 'capacity',
      type: 'number',
      admin: { description: 'Empty: no limit.', position: 'sidebar' },
      min: 1,
    },
    {
      name: 'registrationOpen',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: false,
    },
    {
      name: 'registrations',
      type: 'join',
      admin: { defaultColumns: ['user', 'createdAt'] },
      collection: 'event-registrations',
      on: 'event',
    },
  ],
  hooks: {
    beforeValidate: [
      fixedAfterCreate(
        ['site'],
        'An event cannot move to another site: its registrations stay on this one. Create it on that site instead.',
      ),
    ],
  },
}
