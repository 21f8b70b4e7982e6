import { customList } from '../../src/config/customList'
import type { PersonalDataSource } from './types'

/** The sources every plugin registered (`custom.personalData`), read when a request needs them (plugins may be placed in any order). */
export const personalDataSources = customList<PersonalDataSource>('personalData')
