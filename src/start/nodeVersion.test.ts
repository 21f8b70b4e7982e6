import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

import { MINIMUM_NODE, nodeVersionProblem } from './nodeVersion'

describe('the Node version check', () => {
  it('refuses Node 20 and an early 22, naming the version to install', () => {
    expect(nodeVersionProblem('20.20.2')).toMatch(
      /^Node 20\.20\.2 is too old: Prism needs Node 22\.12\.0 or newer \(24 LTS/,
    )
    expect(nodeVersionProblem('v22.11.9')).toContain('too old')
  })

  it('accepts the minimum and Node 24', () => {
    expect(nodeVersionProblem(MINIMUM_NODE)).toBeUndefined()
    expect(nodeVersionProblem('22.13.0')).toBeUndefined()
    expect(nodeVersionProblem('24.21.0')).toBeUndefined()
    expect(nodeVersionProblem('26.0.0')).toBeUndefined()
  })

  it('agrees with package.json engines and .nvmrc', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>
      engines: { node: string }
    }
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE}`)
    expect(fs.readFileSync('.nvmrc', 'utf8').trim()).toBe(pkg.dependencies.node.split('.')[0])
  })

  it('is what this test run uses', () => {
    expect(nodeVersionProblem()).toBeUndefined()
  })
})
