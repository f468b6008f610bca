import type { Logger } from 'pino'
import type { Models } from '../../db/models'
import { segmenter } from './segmenter'
import { searchFieldsOf } from './search'

export interface ReindexReport {
  messages: number
  publications: number
}

/**
 * Stores the words of every message and publication whose words are missing (stored before
 * search existed) or were made with another dictionary. Safe while the service runs and to
 * repeat: title and text never change, and each item is one `updateOne` of its search fields.
 */
export async function reindexSearch(models: Models): Promise<ReindexReport> {
  const version = segmenter().version
  const stale = { searchVersion: { $ne: version } }
  let messages = 0
  for await (const message of models.Message.find(stale, { title: 1, content: 1 }).lean()) {
    const fields = searchFieldsOf([message.title, message.content])
    await models.Message.updateOne({ _id: message._id }, { $set: fields })
    messages += 1
  }
  let publications = 0
  const publicationTexts = { title: 1, question: 1, answer: 1 }
  for await (const publication of models.Publication.find(stale, publicationTexts).lean()) {
    const fields = searchFieldsOf([publication.title, publication.question, publication.answer])
    await models.Publication.updateOne({ _id: publication._id }, { $set: fields })
    publications += 1
  }
  return { messages, publications }
}

/** Start-up: indexes what needs it without holding up the server; failures are only logged. */
export function reindexInBackground(models: Models, logger: Logger): Promise<void> {
  return reindexSearch(models).then(
    (report) => {
      if (report.messages + report.publications > 0) logger.info(report, 'search words stored')
    },
    (error: unknown) =>
      logger.error({ err: error }, 'search words not stored; run npm run search:reindex'),
  )
}
