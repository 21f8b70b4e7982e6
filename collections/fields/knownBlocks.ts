import type { Block, BlocksField } from 'payload'
import { blocks as validateBlocks } from 'payload/shared'

/**
 * Payload silently drops rows whose `blockType` no block declares, so an API client's typo would
 * lose content without a word. Refuse them instead, then apply Payload's own blocks validation.
 */
export const knownBlocks =
  (allowed: Block[]): BlocksField['validate'] =>
  (value, options) => {
    const slugs = new Set(allowed.map((block) => block.slug))
    const unknown = (Array.isArray(value) ? value : [])
      .map((row: { blockType?: unknown }) => String(row?.blockType))
      .filter((blockType) => !slugs.has(blockType))
    if (unknown.length)
      return `Unknown block type ${unknown.join(', ')}; allowed: ${[...slugs].join(', ')}.`
    return validateBlocks(value, options)
  }
