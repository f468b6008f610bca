import Router from '@koa/router'
import { UNITS } from '@zhengmin/config'
import { MESSAGE_CATEGORIES, MESSAGE_CATEGORY_LABELS } from '@zhengmin/shared'

/** Reference data the app shows in its forms: units and message categories. */
export function referenceRoutes() {
  const router = new Router()
  const units = UNITS.filter((u) => u.answersMessages).map(({ code, name }) => ({ code, name }))
  const categories = MESSAGE_CATEGORIES.map((code) => ({
    code,
    name: MESSAGE_CATEGORY_LABELS[code],
  }))
  router.get('/units', (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=300')
    ctx.body = { items: units }
  })
  router.get('/categories', (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=300')
    ctx.body = { items: categories }
  })
  return router
}
