const zones = new Set(Intl.supportedValuesOf('timeZone'))

/** An IANA time zone name the runtime knows (`UTC` included, which `supportedValuesOf` leaves out). */
export const validTimeZone = (value: unknown): string | true =>
  typeof value === 'string' && (zones.has(value) || value === 'UTC')
    ? true
    : `“${String(value)}” is not a time zone name such as Europe/Vienna.`
