/// <reference lib="dom" />
import { createRequire } from 'node:module'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Connection } from 'mongoose'
import type { Page } from 'playwright-core'
import { createModels } from '../../server/src/db/models'
import { insertAnsweredMessage } from './messages'

const axeSource = createRequire(__filename).resolve('axe-core/axe.min.js')

/** An axe-core finding, reduced to what a failing test should print. */
export interface AxeFinding {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns the violations
 * of impact serious or critical, the ones the issue allows none of.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
  })
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact))
}

/** What the citizen pages need to show content: a published answer and a message to look up. */
export interface CitizenFixtures {
  publicationId: string
  code: string
  phone: string
}

export async function insertCitizenFixtures(db: Connection): Promise<CitizenFixtures> {
  const phone = '13900003434'
  const message = await insertAnsweredMessage(db, { phone })
  const { Publication } = createModels(db)
  const publication = await Publication.create({
    messageId: message._id,
    title: '灵活就业人员如何参加养老保险',
    question: '我是灵活就业人员，想咨询一下如何参加城镇职工养老保险，需要带哪些材料？',
    answer: '您好！灵活就业人员可持身份证到户籍所在地社保经办机构办理参保登记。',
    category: 'consult',
    unit: 'social-insurance',
    answeredDate: '2026-03-04',
    publishedAt: new Date('2026-03-05T02:00:00Z'),
    publishedDate: '2026-03-05',
    publishedBy: { id: 'office', name: '办公室' },
    status: 'published',
  })
  return { publicationId: String(publication._id), code: message.code, phone }
}

/** One citizen page: how to open it and the element that says it has loaded. */
export interface CitizenPage {
  name: string
  open: (page: Page, url: string) => Promise<void>
}

async function visit(page: Page, url: string, hash: string, ready: string) {
  await page.goto(`${url}/#${hash}`)
  await page.locator(ready).first().waitFor({ timeout: 15_000 })
}

/** Every citizen page of the issue, plus the staff login, each opened with content showing. */
export function citizenPages(fixtures: CitizenFixtures): CitizenPage[] {
  return [
    {
      name: 'home',
      open: (page, url) => visit(page, url, '/pages/index/index', '[data-testid=home]'),
    },
    {
      name: 'guides',
      open: (page, url) => visit(page, url, '/pages/guides/index', '[data-testid=guide-row]'),
    },
    {
      name: 'guide-detail',
      open: (page, url) =>
        visit(
          page,
          url,
          '/pages/guides/detail?slug=unemployment-benefit-claim',
          '[data-testid=guide-rating]',
        ),
    },
    {
      name: 'message-new',
      open: (page, url) =>
        visit(page, url, '/pages/message-new/index', '[data-testid=message-form]'),
    },
    {
      name: 'my-messages',
      open: (page, url) =>
        visit(page, url, '/pages/my-messages/index', '[data-testid=lookup-form]'),
    },
    {
      name: 'my-message-detail',
      open: async (page, url) => {
        await visit(page, url, '/pages/my-messages/index', '[data-testid=lookup-form]')
        await page.locator('[data-testid=lookup-code-input] input').fill(fixtures.code)
        await page.locator('[data-testid=lookup-phone-input] input').fill(fixtures.phone)
        await page.locator('[data-testid=lookup-submit]').click()
        await page.locator('[data-testid=message-detail]').waitFor({ timeout: 15_000 })
      },
    },
    {
      name: 'publications',
      open: (page, url) =>
        visit(page, url, '/pages/publications/index', '[data-testid=publication-row]'),
    },
    {
      name: 'publication-detail',
      open: (page, url) =>
        visit(
          page,
          url,
          `/pages/publications/detail?id=${fixtures.publicationId}`,
          '[data-testid=publication-view]',
        ),
    },
    {
      name: 'staff-login',
      open: (page, url) => visit(page, url, '/staff/login/index', '[data-testid=login-submit]'),
    },
  ]
}

/**
 * Saves a full-page screenshot when SCREENSHOT_DIR is set (for people to look at; tests do
 * not compare images).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  // Taro slides a page in from the right: the picture waits until the page on top (the last
  // one shown; those it covers stay in the document) has arrived.
  await page.waitForFunction(
    () => {
      const shown = document.querySelectorAll('.taro_page_show')
      const top = shown[shown.length - 1]
      return !top || Math.abs(top.getBoundingClientRect().left) < 1
    },
    undefined,
    { timeout: 5_000 },
  )
  // Taro's H5 page scrolls inside its own container: the window is made as tall as the page
  // and the picture is of the window.
  const viewport = page.viewportSize()
  const height = await page.evaluate(() => {
    const shown = document.querySelectorAll('.taro_page_show')
    return shown[shown.length - 1]?.scrollHeight ?? 0
  })
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height })
  }
  await page.screenshot({ path: path.join(dir, `${name}.png`) })
  if (viewport) await page.setViewportSize(viewport)
}

/**
 * In the browser: the visible controls smaller than `min` (px; described
 * for the failure message). Controls are what Tab reaches or a finger taps: roles set by
 * a11y/pressable, Taro buttons, links, text boxes and switches.
 */
export function measureTargets(
  page: Page,
  min: { height: number; width: number },
): Promise<string[]> {
  return page.evaluate((minimum) => {
    const describe = (element: Element) =>
      `${element.getAttribute('data-testid') ?? element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 12)}"`
    const problems: string[] = []
    const controls = document.querySelectorAll(
      '[role=button], [role=link], [role=radio], [role=checkbox], taro-button-core, a[href], input, textarea',
    )
    for (const control of Array.from(controls)) {
      const box = control.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      // A text box is measured by its native field, so the whole frame must take the tap,
      // not only a line in its middle.
      if (box.height < minimum.height - 0.5 || box.width < minimum.width - 0.5) {
        problems.push(`${describe(control)} ${Math.round(box.width)}×${Math.round(box.height)}`)
      }
    }
    return problems
  }, min)
}

/**
 * In the browser, with 长辈模式 on: text under 18 px or with line height under 1.3, and controls
 * under 60 px tall (or 44 px wide).
 */
export async function measureElderMode(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const problems: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const seen = new Set<Element>()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || seen.has(parent) || !(node.textContent ?? '').trim()) continue
      seen.add(parent)
      const box = parent.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const style = getComputedStyle(parent)
      if (style.visibility === 'hidden') continue
      const size = parseFloat(style.fontSize)
      const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight)
      const sample = (node.textContent ?? '').trim().slice(0, 12)
      if (size < 18) problems.push(`"${sample}" ${size}px`)
      else if (lineHeight / size < 1.3)
        problems.push(`"${sample}" line height ${lineHeight}/${size}`)
    }
    // What the citizen types (and the hint shown before) is text too.
    for (const field of Array.from(document.querySelectorAll('input, textarea'))) {
      if (field.matches('[type=checkbox]') || field.getBoundingClientRect().height === 0) continue
      const size = parseFloat(getComputedStyle(field).fontSize)
      if (size < 18) problems.push(`${field.tagName.toLowerCase()} text ${size}px`)
    }
    return problems
  })
  const controls = await measureTargets(page, { height: 60, width: 44 })
  return [...text, ...controls]
}
