/** The oldest Node that runs Prism: what package.json's `engines` says (pg-boss 12 needs it). */
export const MINIMUM_NODE = '22.12.0'

const parts = (version: string) => version.replace(/^v/, '').split('.').map(Number)

/**
 * Why this Node cannot run Prism, or undefined when it can. Every entry point (the launcher, the
 * worker, the test setup) refuses an older Node instead of limping on it: `npm install` puts Node 24
 * (the `node` package) in node_modules/.bin, which npm scripts run first, so an old Node here means
 * the command was started without npm or before `npm install`.
 */
export function nodeVersionProblem(version: string = process.versions.node): string | undefined {
  const [major, minor, patch] = parts(version)
  const [minMajor, minMinor, minPatch] = parts(MINIMUM_NODE)
  const ok =
    major !== minMajor
      ? major > minMajor
      : minor !== minMinor
        ? minor > minMinor
        : patch >= minPatch
  if (ok) return undefined
  return `Node ${version} is too old: Prism needs Node ${MINIMUM_NODE} or newer (24 LTS, see .nvmrc). Run it through npm (npm run dev, npm test, npm run worker) after npm install, which brings Node 24 along, or install Node 24.`
}

/** For entry points with no problem list of their own: stop before anything starts. */
export function assertNodeVersion(): void {
  const problem = nodeVersionProblem()
  if (problem) throw new Error(problem)
}
