import fs from 'node:fs'

/** Debian's Chromium (`apt-get install chromium`) or CHROMIUM_PATH; undefined when neither exists. */
export const chromiumPath: string | undefined = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)),
)

/** No sandbox (CI runs as root), no GPU, and nothing that reaches the network on its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
