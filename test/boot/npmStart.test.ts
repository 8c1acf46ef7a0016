import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { findRepoRoot } from '@caunoi/platform'
import { freePort } from '../support/freePort.ts'

// Boots the platform exactly as the README tells a new user (`npm start`), on free ports and a
// throwaway SQLite file so it never collides with a developer's own running copy.
const root = findRepoRoot()
const dataDir = mkdtempSync(join(tmpdir(), 'caunoi-boot-'))
let child: ChildProcess
let output = ''
let ports: Record<'cms' | 'gateway' | 'content' | 'reports' | 'dossiers' | 'quizzes', number>

function waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not print ${pattern} in time:\n${output.slice(-3000)}`)),
      timeoutMs,
    )
    const check = () => {
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', check)
    // 'close' waits for every process writing to the pipes (the start script outlives npm on Ctrl-C).
    child.on('close', (code) => {
      if (pattern.test(output)) return check()
      clearTimeout(timer)
      reject(new Error(`npm start exited (${code}) before printing ${pattern}:\n${output.slice(-3000)}`))
    })
    child.stderr?.on('data', check)
    check()
  })
}

beforeAll(async () => {
  ports = {
    cms: await freePort(),
    gateway: await freePort(),
    content: await freePort(),
    reports: await freePort(),
    quizzes: await freePort(),
    dossiers: await freePort(),
  }
  child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: `file:${join(dataDir, 'caunoi.db')}`,
      PAYLOAD_SECRET: 'boot-test-secret-0123456789abcdef0123456789',
      CMS_PORT: String(ports.cms),
      GATEWAY_PORT: String(ports.gateway),
      CONTENT_PORT: String(ports.content),
      REPORTS_PORT: String(ports.reports),
      QUIZZES_PORT: String(ports.quizzes),
      DOSSIERS_PORT: String(ports.dossiers),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  await waitForOutput(/Cầu Nối is running/, 540_000)
}, 600_000)

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid!, 'SIGKILL')
    await exited
  }
  rmSync(dataDir, { recursive: true, force: true })
})

it('prints the URLs and the demo login, then serves the gateway and the admin', async () => {
  expect(output).toContain(`http://127.0.0.1:${ports.gateway}/graphql`)
  expect(output).toMatch(/Demo login\s+admin@caunoi\.local/)

  const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ locality(code: "33") { name reportStats { received } activeQuizzes { title } } }',
    }),
  })
  expect(await response.json()).toEqual({
    data: {
      locality: {
        name: 'Hưng Yên',
        reportStats: { received: 0 },
        activeQuizzes: [{ title: 'Tìm hiểu Luật An ninh mạng và Luật Căn cước' }],
      },
    },
  })

  // The README's dossier example: a seeded dossier, looked up with its applicant's phone number.
  const dossier = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ dossier(code: "HS-11953-250005", verifier: "0358000555") { status unit { name } } }',
    }),
  })
  expect(await dossier.json()).toEqual({
    data: { dossier: { status: 'RETURNED', unit: { name: 'Công an tỉnh Hưng Yên' } } },
  })

  const admin = await fetch(`http://127.0.0.1:${ports.cms}/admin/login`)
  expect(admin.status).toBe(200)
  expect(await admin.text()).toContain('Đăng nhập')
})

it('stops every process on Ctrl-C', async () => {
  // A terminal's Ctrl-C signals the whole foreground process group: npm, tsx and the start script.
  process.kill(-child.pid!, 'SIGINT')
  await waitForOutput(/Stopped\./, 30_000)
  for (const port of Object.values(ports)) {
    await expect(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow()
  }
}, 60_000)
