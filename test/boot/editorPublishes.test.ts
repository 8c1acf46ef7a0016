import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.ts'
import { bootWithNpmStart, type BootedPlatform } from '../support/npmStart.ts'

// A provincial editor of Hà Nội works in the real admin (Next build of `npm start`) in Chromium.
const EDITOR = { email: 'bientap.hanoi@caunoi.local', password: 'CauNoi@2026' }
const ADMIN = { email: 'admin@caunoi.local', password: 'CauNoi@2026' }

let platform: BootedPlatform
let browser: Browser
let page: Page
let admin: string
let gateway: string
/** Everything the admin's Content-Security-Policy refused while the editor worked, as Chromium reports it. */
const cspViolations: string[] = []

beforeAll(async () => {
  const executablePath = ensureChromium()
  platform = await bootWithNpmStart()
  admin = `http://127.0.0.1:${platform.ports.cms}`
  gateway = `http://127.0.0.1:${platform.ports.gateway}/graphql`
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  page = await browser.newPage()
  // Both the page's own violation events and Chromium's console errors ("Refused to execute inline script…").
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  )
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) cspViolations.push(message.text())
  })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await platform?.stop()
})

const graphql = async (query: string) =>
  (await (
    await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  ).json()) as { data: any }

/** An id looked up as the ministry through the REST API, drafts included. */
async function idAsAdmin(collection: string, field: string, value: string): Promise<number> {
  const login = await fetch(`${admin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const url = `${admin}/api/${collection}?draft=true&depth=0&where[${field}][equals]=${encodeURIComponent(value)}`
  const found = (await (await fetch(url, { headers: { authorization: `JWT ${token}` } })).json()) as {
    docs: { id: number }[]
  }
  return found.docs[0]!.id
}

it('shows the admin in Vietnamese and lets the Hà Nội editor sign in', async () => {
  await page.goto(`${admin}/admin/login`)
  // Chromium asks for English (Accept-Language: en-US); the admin still answers in Vietnamese.
  await page.waitForSelector('button[type="submit"]', { timeout: 60_000 })
  expect(await page.innerText('body')).toContain('Đăng nhập')
  await page.fill('input[name="email"]', EDITOR.email)
  await page.fill('input[name="password"]', EDITOR.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}, 90_000)

it('publishes a change to Hà Nội’s version of a procedure and the gateway serves it at once', async () => {
  const before = await graphql('{ procedure(code: "1.004222", localityCode: "01") { processingTime } }')
  expect(before.data.procedure.processingTime).toBe('2 ngày làm việc')

  const id = await idAsAdmin('procedureOverrides', 'label', '1.004222 · Thành phố Hà Nội')
  await page.goto(`${admin}/admin/collections/procedureOverrides/${id}`)
  const field = page.locator('#field-processingTime')
  await field.waitFor({ timeout: 60_000 })
  await field.fill('1 ngày làm việc')
  await page.click('#action-save')
  await page.waitForResponse((r) => r.url().includes('/procedureOverrides/') && r.request().method() !== 'GET', {
    timeout: 30_000,
  })

  let after = ''
  for (let attempt = 0; attempt < 20 && after !== '1 ngày làm việc'; attempt++) {
    after = (await graphql('{ procedure(code: "1.004222", localityCode: "00070") { processingTime } }')).data.procedure
      .processingTime
    if (after !== '1 ngày làm việc') await new Promise((r) => setTimeout(r, 250))
  }
  expect(after).toBe('1 ngày làm việc')
}, 120_000)

it('lists Hà Nội’s drafts to the editor but never Cao Bằng’s, not even by direct link', async () => {
  await page.goto(`${admin}/admin/collections/articles?limit=100`)
  await page.waitForSelector('text=Bản nháp: tổng kết công tác năm 2026', { timeout: 60_000 })
  expect(await page.textContent('body')).not.toContain(
    'Bản nháp: kế hoạch tuyên truyền phòng chống lừa đảo tại Cao Bằng',
  )

  const foreign = await idAsAdmin(
    'articles',
    'title',
    'Bản nháp: kế hoạch tuyên truyền phòng chống lừa đảo tại Cao Bằng',
  )
  await page.goto(`${admin}/admin/collections/articles/${foreign}`)
  await page.waitForLoadState('networkidle')
  const foreignTitle = 'Bản nháp: kế hoạch tuyên truyền phòng chống lừa đảo tại Cao Bằng'
  expect(await page.innerText('body')).not.toContain(foreignTitle)
  expect(await page.inputValue('#field-title', { timeout: 2_000 }).catch(() => null)).not.toBe(foreignTitle)
}, 120_000)

it('works under the admin’s Content-Security-Policy: nothing refused on login, lists, edit pages and save', async () => {
  // The rich-text editor (Lexical) is the part of the admin with the most scripts and styles of its own.
  const own = await idAsAdmin('articles', 'title', 'Bản nháp: tổng kết công tác năm 2026')
  await page.goto(`${admin}/admin/collections/articles/${own}`)
  await page.waitForSelector('#field-title', { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  const policy = (await page.request.get(`${admin}/admin/login`)).headers()['content-security-policy']
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/)
  expect(cspViolations).toEqual([])
}, 120_000)
