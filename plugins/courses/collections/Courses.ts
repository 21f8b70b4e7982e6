import { type CollectionConfig, slugField } from 'payload'

import { seoTab } from '@/collections/fields/seo'
import { catalogueAccess } from '../access/courseAccess'
import { courseBuilderTab } from '../admin/views'
import { fixedAfterCreate } from '../hooks/fixedAfterCreate'
import { validInstructor } from '../hooks/validInstructor'
import { courseProgressEndpoint } from '../endpoints/courseProgress'
import { enrollEndpoint } from '../endpoints/enroll'
import { enrollmentsCsvEndpoint } from '../endpoints/instructorEnrollmentsCsv'
import { paymentWebhookEndpoint } from '../payments/paymentWebhook'
import { currencies } from '../currencies'
import { courseLevels } from '../levels'
import { courseWriters } from '../roles'
import { courseStatuses } from '../statuses'
import { subscriptionTiers } from '../tiers'

/** A course: the catalogue entry, its price, and (by join) its ordered modules. */
export const Courses: CollectionConfig<'courses'> = {
  slug: 'courses',
  access: catalogueAccess('status'),
  admin: {
    components: { views: { edit: { builder: courseBuilderTab } } },
    defaultColumns: ['title', 'status', 'instructor', 'price', 'updatedAt'],
    group: 'Courses',
    useAsTitle: 'title',
  },
  custom: { site: { keepAccess: true, roles: courseWriters } },
  defaultPopulate: {
    slug: true,
    coverImage: true,
    currency: true,
    level: true,
    price: true,
    site: true,
    status: true,
    summary: true,
    title: true,
  },
  defaultSort: '-updatedAt',
  // The webhook's fixed path comes before the `/:id` ones.
  endpoints: [
    paymentWebhookEndpoint,
    enrollEndpoint,
    courseProgressEndpoint,
    enrollmentsCsvEndpoint,
  ],
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              admin: { description: 'One or two sentences for the catalogue card.' },
              maxLength: 400,
            },
            { name: 'description', type: 'richText' },
            { name: 'coverImage', type: 'upload', relationTo: 'media' },
            {
              name: 'modules',
              type: 'join',
              admin: {
                allowCreate: true,
                defaultColumns: ['title', 'dripDays', 'requiresPrevious'],
              },
              collection: 'modules',
              on: 'course',
              // Editors drag modules into order here (Payload keeps a fractional key, `_modules_modules_order`).
              orderable: true,
            },
          ],
          label: 'Course',
        },
        seoTab,
      ],
    },
    slugField(),
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'draft',
      index: true,
      options: [...courseStatuses],
      required: true,
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'instructor',
      type: 'relationship',
      admin: { position: 'sidebar' },
      relationTo: 'users',
      validate: validInstructor,
    },
    {
      name: 'level',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'beginner',
      options: [...courseLevels],
    },
    { name: 'tags', type: 'text', admin: { position: 'sidebar' }, hasMany: true, maxRows: 20 },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'price',
          type: 'number',
          admin: { description: '0 or empty: free, members enroll themselves.' },
          defaultValue: 0,
          min: 0,
        },
        {
          name: 'currency',
          type: 'select',
          defaultValue: 'EUR',
          options: [...currencies],
          required: true,
        },
      ],
    },
    {
      name: 'includedInTiers',
      type: 'select',
      admin: {
        description:
          'Members with an active subscription of these tiers enroll in this paid course without paying.',
        position: 'sidebar',
      },
      hasMany: true,
      options: subscriptionTiers.filter((tier) => tier !== 'free').map((tier) => tier),
    },
  ],
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) =>
        data.status === 'published' && !originalDoc?.publishedAt && !data.publishedAt
          ? { ...data, publishedAt: new Date().toISOString() }
          : data,
    ],
    beforeValidate: [
      fixedAfterCreate(
        ['site'],
        'A course cannot move to another site: its modules, lessons and enrollments stay on this one. Create it on that site instead.',
      ),
    ],
  },
}
