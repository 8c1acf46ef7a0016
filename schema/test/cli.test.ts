import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import { subgraph } from './subgraphFactories.ts'

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))
const workDir = mkdtempSync(join(tmpdir(), 'caunoi-schema-cli-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: workDir },
  })
  return { status: result.status, output: result.stdout + result.stderr }
}

function writeSdl(file: string, sdl: string): string {
  writeFileSync(join(workDir, file), subgraph('unused', sdl).typeDefs)
  return file
}

describe('caunoi-schema check', () => {
  it('exits 0 for a partner subgraph that only adds types, reading the file from where the user ran npm', () => {
    const file = writeSdl('education.graphql', 'type Query { schools: [String!]! }')
    const { status, output } = runCli(['check', 'education', file, '--url', 'https://education.test/graphql'])
    expect(output).toContain('✓ Subgraph "education" composes (adding "education")')
    expect(status).toBe(0)
  })

  it('exits 1 and lists the breaking changes of a partner that narrows a shared input', () => {
    const file = writeSdl(
      'narrowing.graphql',
      `type Query { schools: [String!]! }
       type Mutation { reportEnrolmentFraud(input: SubmitReportInput!): Boolean! }
       enum ReportType { ADMIN_FEEDBACK CRIME_TIP TRAFFIC_VIOLATION PUBLIC_ORDER }
       input SubmitReportInput { type: ReportType! localityCode: ID! content: String! }`,
    )
    const { status, output } = runCli(['check', 'education', file])
    expect(output).toContain('breaks the public API')
    expect(output).toContain('FIELD_REMOVED: SubmitReportInput.vehiclePlate was removed.')
    expect(status).toBe(1)
  })

  it('exits 2 with the usage when arguments are missing', () => {
    const { status, output } = runCli(['check', 'education'])
    expect(output).toContain('Usage: caunoi-schema')
    expect(status).toBe(2)
  })
})
