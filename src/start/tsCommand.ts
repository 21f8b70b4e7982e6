/**
 * The command that runs a TypeScript entry point (a worker, a script) on this process's Node with
 * tsx's ESM loader only. Prism is ESM throughout; tsx's CommonJS hook, which the `tsx` CLI and
 * `--import tsx` also register, doubled the time to import Payload's config (10 s → 5 s without).
 */
export function tsCommand(file: string, ...args: string[]): [command: string, args: string[]] {
  return [process.execPath, ['--import', 'tsx/esm', file, ...args]]
}
