import type { SanitizedConfig } from 'payload'

import type { PersonalDataSource } from './types'

/** The sources every plugin registered, read when a request needs them (plugins may be placed in any order). */
export const personalDataSources = (config: SanitizedConfig): PersonalDataSource[] => (config.custom?.personalData ?? []) as PersonalDataSource[]
