import {
  BlocksFeature,
  FixedToolbarFeature,
  HorizontalRuleFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

/** The editor every rich-text field inherits: Lexical's default features plus a fixed toolbar. */
export const defaultLexical = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature()],
})

/** Long-form bodies (posts) that embed blocks between paragraphs. */
export const editorWithBlocks = (blocks: Block[]) =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      FixedToolbarFeature(),
      HorizontalRuleFeature(),
      BlocksFeature({ blocks }),
    ],
  })
