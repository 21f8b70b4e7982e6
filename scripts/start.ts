import { launch } from './launch'

Object.assign(process.env, { NODE_ENV: 'production' })
await launch('start')
