import mongoose, { type Connection, type Types } from 'mongoose'

/**
 * Where the bytes of photos live. One interface so the service never depends on how: GridFS in
 * MongoDB today (it works on production MongoDB and on the embedded test engine alike).
 */
export interface AttachmentStore {
  save(fileId: Types.ObjectId, bytes: Buffer, contentType: string): Promise<void>
  /** The bytes, or undefined when no such file is stored. */
  load(fileId: Types.ObjectId): Promise<Buffer | undefined>
  /** Removes the file; removing a file that is not there is not an error. */
  remove(fileId: Types.ObjectId): Promise<void>
}

/** GridFS bucket `attachment_files` (collections attachment_files.files / .chunks). */
export const ATTACHMENT_BUCKET = 'attachment_files'

/** The attachment store in GridFS on the application's connection. */
export function gridFsAttachmentStore(connection: Connection): AttachmentStore {
  // The bucket is made on first use: the connection's database handle exists once it is open.
  let bucket: mongoose.mongo.GridFSBucket | undefined
  const bucketOf = () => {
    if (!connection.db) throw new Error('attachment store used before the database connection')
    bucket ??= new mongoose.mongo.GridFSBucket(connection.db, { bucketName: ATTACHMENT_BUCKET })
    return bucket
  }
  const isFileNotFound = (error: unknown) =>
    /FileNotFound|file not found/i.test(String((error as Error | null)?.message ?? ''))

  return {
    async save(fileId, bytes, contentType) {
      const upload = bucketOf().openUploadStreamWithId(fileId, String(fileId), {
        metadata: { contentType },
      })
      await new Promise<void>((resolve, reject) => {
        upload.once('finish', () => resolve())
        upload.once('error', reject)
        upload.end(bytes)
      })
    },

    async load(fileId) {
      const chunks: Buffer[] = []
      try {
        for await (const chunk of bucketOf().openDownloadStream(fileId))
          chunks.push(chunk as Buffer)
      } catch (error) {
        if (isFileNotFound(error)) return undefined
        throw error
      }
      return Buffer.concat(chunks)
    },

    async remove(fileId) {
      try {
        await bucketOf().delete(fileId)
      } catch (error) {
        if (!isFileNotFound(error)) throw error
      }
    },
  }
}
