import path from 'node:path'
import type { Reporter, TestModule } from 'vitest/node'

const seconds = (ms: number) => (ms / 1000).toFixed(1)

/**
 * After every run, where the time went: one row per test file, slowest first — its import (Payload's
 * config and everything it pulls in), its tests and hooks (boot, servers, the tests themselves) and
 * how many tests it holds. Files run two at a time, so the rows add up to about twice the wall time.
 * The README's "Test timings" keeps a table from a full run.
 */
export default class TimingReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (testModules.length < 2) return
    const rows = testModules
      .map((module) => {
        const { collectDuration, duration } = module.diagnostic()
        return {
          collect: collectDuration,
          file: path.relative(process.cwd(), module.moduleId),
          run: duration,
          tests: [...module.children.allTests()].length,
        }
      })
      .sort((a, b) => b.collect + b.run - (a.collect + a.run))
    const total = rows.reduce((sum, row) => sum + row.collect + row.run, 0)
    const lines = [
      '',
      '| file | tests | import s | tests + hooks s | total s |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (row) =>
          `| ${row.file} | ${row.tests} | ${seconds(row.collect)} | ${seconds(row.run)} | ${seconds(row.collect + row.run)} |`,
      ),
      `| **${rows.length} files** | ${rows.reduce((sum, row) => sum + row.tests, 0)} | | | ${seconds(total)} |`,
      '',
    ]
    console.log(lines.join('\n'))
  }
}
