import type { CollectionConfig, Field } from 'payload'

import { uploaderKids } from '../access/uploaderKids'
import { managersRead, systemOnly, videoAccess } from '../access/videoAccess'
import { deliveryEndpoints } from '../endpoints/delivery'
import { moderationEndpoints } from '../endpoints/moderation'
import { watchingEndpoints } from '../endpoints/watching'
import { checkVideoUpload } from '../hooks/checkVideoUpload'
import { deleteVideoFiles } from '../hooks/deleteVideoFiles'
import { hashVideoPassword } from '../hooks/hashVideoPassword'
import { keepVideoSite } from '../hooks/keepVideoSite'
import { logResubmission } from '../hooks/logResubmission'
import { prepareVideo } from '../hooks/prepareVideo'
import { queueProcessing } from '../hooks/queueProcessing'
import { sendBackToReview } from '../hooks/sendBackToReview'
import { serveOriginal } from '../hooks/serveOriginal'
import { videoUploaders } from '../roles'
import { videoStatuses, visibilities } from '../statuses'

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/** Numbers and names the pipeline reads from the file's bytes. */
const probeFields: Field[] = [
  { name: 'durationSeconds', type: 'number' },
  { name: 'width', type: 'number' },
  { name: 'height', type: 'number' },
  { name: 'container', type: 'text' },
  { name: 'videoCodec', type: 'text' },
  { name: 'audioCodec', type: 'text' },
  { name: 'bitRate', type: 'number' },
]

export const Videos: CollectionConfig = {
  slug: 'videos',
  access: videoAccess,
  admin: {
    defaultColumns: ['title', 'status', 'visibility', 'uploader', 'createdAt'],
    description:
      'Uploads are checked, transcoded to HLS by the workers, and reviewed by a moderator before anyone else can watch them.',
    group: 'Video',
    useAsTitle: 'title',
  },
  custom: { site: { keepAccess: true, roles: videoUploaders } },
  defaultSort: '-createdAt',
  endpoints: [...moderationEndpoints, ...deliveryEndpoints, ...watchingEndpoints],
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    { name: 'description', type: 'textarea', maxLength: 5000 },
    {
      name: 'kid',
      type: 'relationship',
      admin: { description: 'Whose video this is (a profile you manage under Kids).' },
      filterOptions: uploaderKids,
      relationTo: 'kids',
    },
    { name: 'tags', type: 'text', hasMany: true, maxRows: 20 },
    {
      name: 'visibility',
      type: 'select',
      admin: {
        description:
          'Private: only you and the moderators. Family: people you send a share link to. Public: everyone, once approved.',
      },
      defaultValue: 'private',
      options: visibilities.map((value) => ({
        label: value[0].toUpperCase() + value.slice(1),
        value,
      })),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'requirePassword',
          type: 'checkbox',
          admin: { description: 'Viewers must enter a password before the video plays.' },
        },
        {
          name: 'password',
          type: 'text',
          admin: {
            condition: (data) => Boolean(data?.requirePassword),
            description: 'Leave empty to keep the current password.',
          },
          // Write-only: hashed into `passwordHash` by a hook, never stored or returned as typed.
          virtual: true,
        },
      ],
    },
    {
      name: 'passwordHash',
      type: 'text',
      access: { read: () => false, ...systemOnly },
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      access: systemOnly,
      admin: {
        ...readOnlySidebar,
        components: { Field: '/plugins/video/admin/ProcessingStatusField#ProcessingStatusField' },
      },
      defaultValue: 'uploaded',
      index: true,
      options: videoStatuses.map((value) => ({ label: value.replace('_', ' '), value })),
      required: true,
    },
    {
      name: 'processing',
      type: 'group',
      access: { ...systemOnly, read: managersRead },
      admin: { ...readOnlySidebar, hidden: true },
      fields: [
        { name: 'progress', type: 'number', admin: { description: 'Percent' }, max: 100, min: 0 },
        { name: 'error', type: 'textarea' },
        { name: 'jobId', type: 'text' },
        { name: 'attempts', type: 'number' },
        { name: 'startedAt', type: 'date' },
        { name: 'finishedAt', type: 'date' },
      ],
    },
    {
      name: 'moderation',
      type: 'group',
      // The uploader learns the decision and its reasons; nobody else reads them.
      access: { ...systemOnly, read: managersRead },
      // The status field shows the decision, notes, moderator and time.
      admin: { hidden: true, position: 'sidebar', readOnly: true },
      fields: [
        {
          name: 'notes',
          type: 'textarea',
          admin: { description: 'Why the moderator decided so; shown to the uploader.' },
        },
        { name: 'moderatedBy', type: 'relationship', relationTo: 'users' },
        { name: 'moderatedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'uploader',
      type: 'relationship',
      access: systemOnly,
      admin: readOnlySidebar,
      index: true,
      relationTo: 'users',
    },
    {
      name: 'probe',
      type: 'group',
      access: systemOnly,
      admin: { readOnly: true },
      fields: probeFields,
      label: 'Source',
    },
    {
      name: 'thumbnail',
      type: 'text',
      access: systemOnly,
      admin: { hidden: true },
    },
    {
      name: 'previews',
      type: 'array',
      access: systemOnly,
      admin: { hidden: true },
      fields: [{ name: 'file', type: 'text', required: true }],
    },
    {
      name: 'renditions',
      type: 'array',
      access: systemOnly,
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'height', type: 'number', required: true },
            { name: 'width', type: 'number', required: true },
            { name: 'bandwidth', type: 'number', required: true },
            { name: 'playlist', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'prechecks',
      type: 'json',
      access: { ...systemOnly, read: managersRead },
      admin: {
        description: 'Automated pre-check results (flags only; a moderator decides).',
        hidden: true,
      },
    },
    {
      name: 'storage',
      type: 'group',
      access: { read: () => false, ...systemOnly },
      admin: { hidden: true },
      fields: [
        { name: 'folder', type: 'text', index: true },
        { name: 'original', type: 'text' },
        {
          name: 'tier',
          type: 'select',
          defaultValue: 'staging',
          options: ['staging', 'published', 'purged'],
        },
        { name: 'purgeAfter', type: 'date', index: true },
      ],
    },
    {
      name: 'stats',
      type: 'group',
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'views', type: 'number', defaultValue: 0 },
        { name: 'watchSeconds', type: 'number', defaultValue: 0 },
      ],
    },
  ],
  hooks: {
    afterChange: [queueProcessing, logResubmission],
    afterDelete: [deleteVideoFiles],
    beforeChange: [prepareVideo, hashVideoPassword, sendBackToReview],
    beforeOperation: [checkVideoUpload],
    beforeValidate: [keepVideoSite],
  },
  upload: {
    adminThumbnail: ({ doc }) => (doc.thumbnail ? `/api/videos/${String(doc.id)}/thumbnail` : null),
    // The file goes to Prism's storage tiers (staging until approved), not to a Payload folder.
    disableLocalStorage: true,
    handlers: [serveOriginal],
    // Sniffed from the bytes by Payload; ffprobe then checks container and codec (checkVideoUpload).
    mimeTypes: ['video/*'],
  },
}
