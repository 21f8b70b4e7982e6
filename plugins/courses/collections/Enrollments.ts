import type { CollectionConfig } from 'payload'

import { siteWriters } from '../../sites'
import { canCreateUnder } from '../access/canCreateUnder'
import { ownOrTaught } from '../access/courseAccess'
import { fixedAfterCreate } from '../hooks/fixedAfterCreate'
import { rejectDuplicateEnrollment } from '../hooks/rejectDuplicateEnrollment'
import { currencies } from '../currencies'
import { courseWriters } from '../roles'
import { enrollmentStatuses } from '../statuses'

const systemOnly = { create: () => false, update: () => false }

/**
 * A member in a course. Free courses: the member enrolls (`POST /api/courses/:id/enroll`); paid
 * ones: a site admin grants it here, or the payment webhook does. Progress is kept up to date by
 * the lesson endpoints; completion issues the certificate code.
 */
export const Enrollments: CollectionConfig<'enrollments'> = {
  slug: 'enrollments',
  access: {
    // Staff enroll members in their own site's courses only (the site is copied from the course).
    create: canCreateUnder('course', 'courses'),
    delete: siteWriters(courseWriters),
    read: ownOrTaught,
    update: siteWriters(courseWriters),
  },
  admin: {
    defaultColumns: ['user', 'course', 'status', 'progress', 'enrolledAt'],
    group: 'Courses',
  },
  custom: {
    site: {
      keepAccess: true,
      roles: courseWriters,
      siteFrom: { field: 'course', relationTo: 'courses' },
    },
  },
  defaultSort: '-enrolledAt',
  fields: [
    { name: 'user', type: 'relationship', index: true, relationTo: 'users', required: true },
    { name: 'course', type: 'relationship', index: true, relationTo: 'courses', required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: [...enrollmentStatuses],
      required: true,
    },
    {
      name: 'source',
      type: 'select',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 'admin',
      options: ['self', 'admin', 'payment', 'subscription'],
    },
    {
      name: 'enrolledAt',
      type: 'date',
      admin: { position: 'sidebar' },
      defaultValue: () => new Date().toISOString(),
      required: true,
    },
    {
      name: 'expiresAt',
      type: 'date',
      admin: { description: 'Empty: access never ends.', position: 'sidebar' },
    },
    {
      name: 'completedAt',
      type: 'date',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'progress',
      type: 'number',
      access: systemOnly,
      admin: { description: 'Percent of lessons completed.', readOnly: true },
      defaultValue: 0,
      max: 100,
      min: 0,
    },
    {
      name: 'lastLesson',
      type: 'relationship',
      access: systemOnly,
      admin: { description: 'Where the member left off.', readOnly: true },
      relationTo: 'lessons',
    },
    // Public and unguessable: /certificates/<code> verifies the completion without signing in.
    {
      name: 'certificateCode',
      type: 'text',
      access: systemOnly,
      admin: { readOnly: true },
      index: true,
      unique: true,
    },
    {
      name: 'payment',
      type: 'group',
      access: systemOnly,
      admin: { condition: (data) => data?.source === 'payment', readOnly: true },
      fields: [
        { name: 'provider', type: 'text' },
        // The provider's event or session id: a webhook delivered twice enrolls once.
        { name: 'reference', type: 'text', index: true },
        // The provider's payment (Stripe PaymentIntent) that refunds and disputes name.
        { name: 'paymentIntent', type: 'text', index: true },
        { name: 'amount', type: 'number' },
        { name: 'currency', type: 'select', options: [...currencies] },
      ],
    },
    {
      name: 'revocation',
      type: 'group',
      access: systemOnly,
      admin: {
        condition: (data) => data?.status === 'revoked',
        description: 'Why the access this payment granted was taken back.',
        readOnly: true,
      },
      fields: [
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'reason', type: 'select', options: ['refund', 'dispute', 'payment_failed'] },
        // Who said so: the payment provider, with its event id (a redelivery revokes once).
        { name: 'by', type: 'text' },
        { name: 'event', type: 'text' },
      ],
    },
  ],
  hooks: {
    beforeChange: [rejectDuplicateEnrollment],
    // Progress, the certificate and the payment on record are this member's in this course.
    beforeValidate: [
      fixedAfterCreate(
        ['user', 'course'],
        'An enrollment stays with its member and course: enroll the member in the other course instead, and delete this enrollment if it is wrong.',
      ),
    ],
  },
  indexes: [{ fields: ['user', 'course'], unique: true }],
}
