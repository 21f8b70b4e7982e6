import type { Config } from 'payload'

/**
 * An extension point: a list under one key of `config.custom` that plugins add to and the plugin
 * owning the point reads (`read` in plugin order). Payload keeps `custom` on the server only.
 */
export function customList<Item>(key: string) {
  const read = (config: Pick<Config, 'custom'>): Item[] => (config.custom?.[key] ?? []) as Item[]
  const add = (config: Config, ...items: Item[]): Config => ({
    ...config,
    custom: { ...config.custom, [key]: [...read(config), ...items] },
  })
  return { add, read }
}
