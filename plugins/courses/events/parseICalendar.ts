/**
 * Reads an iCalendar text back for the tests (no parser ships with the app): RFC 5545 line
 * unfolding, components, properties with parameters, and a TZID time resolved through the
 * calendar's own VTIMEZONE, the way a calendar app places an event.
 */

export type Property = { name: string; params: Record<string, string>; value: string }
export type Component = { components: Component[]; name: string; properties: Property[] }

/** The calendar as a tree of components; throws on a line that is not `NAME[;PARAM=…]:value` or on unbalanced BEGIN/END. */
export function parseICalendar(text: string): Component {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  const root: Component = { name: 'ROOT', components: [], properties: [] }
  const stack = [root]
  for (const line of lines) {
    const match = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^;:]*))*):(.*)$/i.exec(line)
    if (!match) throw new Error(`Not an iCalendar content line: ${line}`)
    const [, name, rawParams, value] = match
    if (name === 'BEGIN') {
      const component: Component = { name: value, components: [], properties: [] }
      stack[stack.length - 1].components.push(component)
      stack.push(component)
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} closes another component`)
    } else {
      const params = Object.fromEntries(
        [...rawParams.matchAll(/;([A-Z0-9-]+)=("[^"]*"|[^;:]*)/gi)].map(([, key, param]) => [
          key,
          param.replace(/^"|"$/g, ''),
        ]),
      )
      stack[stack.length - 1].properties.push({ name, params, value })
    }
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('Unbalanced BEGIN/END')
  return root.components[0]
}

export const property = (component: Component, name: string): Property | undefined =>
  component.properties.find((p) => p.name === name)
export const children = (component: Component, name: string): Component[] =>
  component.components.filter((c) => c.name === name)

const stampParts = (stamp: string) => {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(stamp)
  if (!match) throw new Error(`Not a DATE-TIME: ${stamp}`)
  return {
    utc: match[7] === 'Z',
    value: Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6]),
  }
}

const offsetMinutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)))

/**
 * The instant of a DATE-TIME property: UTC (`…Z`), or local time in its TZID, placed by the
 * observance of that VTIMEZONE whose onset is the latest one at or before it.
 */
export function instantOf(calendar: Component, prop: Property): Date {
  const { utc, value } = stampParts(prop.value)
  if (utc) return new Date(value)
  const zone = children(calendar, 'VTIMEZONE').find(
    (tz) => property(tz, 'TZID')?.value === prop.params.TZID,
  )
  if (!zone) throw new Error(`No VTIMEZONE for TZID=${prop.params.TZID}`)
  const onsets = zone.components
    .map((observance) => ({
      offset: offsetMinutes(property(observance, 'TZOFFSETTO')!.value),
      start: stampParts(property(observance, 'DTSTART')!.value).value,
    }))
    .filter(({ start }) => start <= value)
    .sort((a, b) => b.start - a.start)
  if (!onsets.length)
    throw new Error(`TZID=${prop.params.TZID} has no observance before ${prop.value}`)
  return new Date(value - onsets[0].offset * 60_000)
}
