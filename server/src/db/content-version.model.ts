import { Schema, type Connection, type Model } from 'mongoose'

/**
 * A counter per kind of public content, raised on every change. Each server instance keeps
 * rendered pages in memory and checks this one small document to know when they went stale,
 * so a change made through one instance reaches the others.
 */
export interface ContentVersion {
  /** The kind of content, e.g. "publications". */
  _id: string
  version: number
}

const contentVersionSchema = new Schema<ContentVersion>(
  { _id: { type: String, required: true }, version: { type: Number, required: true } },
  { collection: 'content_versions', versionKey: false },
)

export function contentVersionModel(connection: Connection): Model<ContentVersion> {
  return (
    (connection.models.ContentVersion as Model<ContentVersion> | undefined) ??
    connection.model<ContentVersion>('ContentVersion', contentVersionSchema)
  )
}
