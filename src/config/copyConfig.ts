type Copied = Map<object, unknown>

/**
 * A copy of a config tree in which every plain object and array is new; functions, class instances
 * and getters (the database URI is read when Payload connects) are kept as they are. Payload's
 * sanitizing writes into the collection and field objects it is given, and those are module
 * constants shared by every config built in the process: without a copy, a second build of them
 * (a config without one plugin, in the plugin-removal test) finds its fields added twice.
 */
export function copyConfig<T>(value: T, copied: Copied = new Map()): T {
  if (typeof value !== 'object' || value === null) return value
  const proto = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value
  if (copied.has(value)) return copied.get(value) as T
  const copy = (Array.isArray(value) ? [] : Object.create(proto)) as Record<PropertyKey, unknown>
  copied.set(value, copy)
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    Object.defineProperty(
      copy,
      key,
      'value' in descriptor
        ? { ...descriptor, value: copyConfig(descriptor.value, copied) }
        : descriptor,
    )
  }
  return copy as T
}
