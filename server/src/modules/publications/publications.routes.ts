import Router from '@koa/router'
import {
  canPublish,
  publicationBatchBodySchema,
  publicationBodySchema,
  publicationCandidatesQuerySchema,
  publicationCheckBodySchema,
  publicationsQuerySchema,
  staffPublicationsQuerySchema,
  unpublishBodySchema,
} from '@zhengmin/shared'
import { sendPublicPage, type PublicCache } from '../../http/public-cache'
import { staffOf, type StaffAuth } from '../../http/staff-auth'
import { validate } from '../../http/validate'
import {
  presentCandidate,
  presentDraft,
  presentPublication,
  presentPublicationListItem,
  presentStaffPublication,
} from './publications.presenter'
import type { PublicationsService } from './publications.service'

/** The public 回复选登 pages, served from the cache with ETags. */
export function publicationsRoutes(deps: {
  publications: PublicationsService
  cache: PublicCache
}) {
  const router = new Router()

  router.get('/publications', async (ctx) => {
    const query = validate(publicationsQuerySchema, ctx.query)
    // The key is the validated query, so spelling variants of one query share an entry.
    const key = JSON.stringify([
      'list',
      query.category,
      query.unit,
      query.q,
      query.cursor,
      query.limit,
    ])
    const page = await deps.cache.get(key, async () => {
      const result = await deps.publications.listPublic(query)
      return {
        items: result.items.map(presentPublicationListItem),
        nextCursor: result.nextCursor,
        ...('words' in result ? { words: result.words } : {}),
      }
    })
    deps.cache.remember(ctx.url, key)
    sendPublicPage(ctx, page)
  })

  router.get('/publications/:id', async (ctx) => {
    const id = ctx.params.id ?? ''
    const key = JSON.stringify(['detail', id])
    const page = await deps.cache.get(key, async () =>
      presentPublication(await deps.publications.findPublic(id)),
    )
    deps.cache.remember(ctx.url, key)
    sendPublicPage(ctx, page)
  })

  return router
}

/** The office's side of 回复选登: the queue, drafts, publishing and hiding. */
export function staffPublicationsRoutes(deps: {
  publications: PublicationsService
  auth: StaffAuth
}) {
  const router = new Router()
  const office = deps.auth.requireStaff(canPublish)

  router.get('/staff/publications/candidates', office, async (ctx) => {
    const query = validate(publicationCandidatesQuerySchema, ctx.query)
    const page = await deps.publications.candidates(query)
    ctx.body = { items: page.items.map(presentCandidate), nextCursor: page.nextCursor }
  })

  router.get('/staff/publications/draft/:messageId', office, async (ctx) => {
    const draft = await deps.publications.draft(
      staffOf(ctx),
      ctx.params.messageId ?? '',
      ctx.state.log,
    )
    ctx.body = presentDraft(draft)
  })

  router.post('/staff/publications/check', office, async (ctx) => {
    const body = validate(publicationCheckBodySchema, ctx.request.jsonBody)
    ctx.body = { findings: await deps.publications.check(body) }
  })

  router.get('/staff/publications', office, async (ctx) => {
    const query = validate(staffPublicationsQuerySchema, ctx.query)
    const page = await deps.publications.listForStaff(query)
    ctx.body = { items: page.items.map(presentStaffPublication), nextCursor: page.nextCursor }
  })

  router.post('/staff/publications', office, async (ctx) => {
    const body = validate(publicationBodySchema, ctx.request.jsonBody)
    const [created] = await deps.publications.publish(staffOf(ctx), [body], ctx.state.log)
    ctx.status = 201
    ctx.body = created ? presentStaffPublication(created) : undefined
  })

  router.post('/staff/publications/batch', office, async (ctx) => {
    const { items } = validate(publicationBatchBodySchema, ctx.request.jsonBody)
    const created = await deps.publications.publish(staffOf(ctx), items, ctx.state.log)
    ctx.status = 201
    ctx.body = { items: created.map(presentStaffPublication) }
  })

  router.delete('/staff/publications/:id', office, async (ctx) => {
    const { reason } = validate(unpublishBodySchema, ctx.request.jsonBody ?? {})
    const hidden = await deps.publications.unpublish(
      staffOf(ctx),
      ctx.params.id ?? '',
      reason,
      ctx.state.log,
    )
    ctx.body = presentStaffPublication(hidden)
  })

  return router
}
