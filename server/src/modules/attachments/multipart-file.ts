import busboy from 'busboy'
import type { IncomingMessage } from 'node:http'
import { AppError, badRequest } from '../../http/errors'

/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 16 * 1024

export const fileTooLarge = (maxBytes: number) =>
  new AppError(
    413,
    'file_too_large',
    `照片不能超过 ${Math.floor(maxBytes / 1024 / 1024)} MB，请压缩或截图后重新上传`,
  )

/**
 * Reads the one file of a multipart/form-data request (what `wx.uploadFile` and a browser's
 * FormData send) into memory, counting while it streams: a file over `maxBytes` is refused
 * with 413 as soon as that many bytes arrived, never after buffering the whole body. Other
 * form fields are ignored; a second file is refused.
 */
export async function readMultipartFile(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const contentType = req.headers['content-type'] ?? ''
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError(415, 'unsupported_media_type', '请以表单方式（multipart/form-data）上传照片')
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > maxBytes + ENVELOPE_BYTES) throw fileTooLarge(maxBytes)

  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: req.headers,
      // One byte over the limit is enough to know the file is too large.
      limits: { fileSize: maxBytes + 1, files: 2, fields: 10, fieldSize: 1024, parts: 12 },
    })
  } catch {
    throw badRequest('上传内容格式不正确，请重新选择照片')
  }

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    let files = 0
    let settled = false
    const fail = (error: Error) => {
      if (settled) return
      settled = true
      // Stop reading: the rest of a refused body is not wanted.
      req.unpipe(parser)
      req.resume()
      reject(error)
    }
    parser.on('file', (_field, stream) => {
      files += 1
      if (files > 1) {
        stream.resume()
        fail(badRequest('每次只能上传一张照片'))
        return
      }
      stream.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > maxBytes) {
          fail(fileTooLarge(maxBytes))
          return
        }
        chunks.push(chunk)
      })
      stream.on('limit', () => fail(fileTooLarge(maxBytes)))
    })
    parser.on('filesLimit', () => fail(badRequest('每次只能上传一张照片')))
    parser.on('partsLimit', () => fail(badRequest('上传内容格式不正确，请重新选择照片')))
    parser.on('error', () => fail(badRequest('上传内容格式不正确，请重新选择照片')))
    parser.on('close', () => {
      if (settled) return
      settled = true
      if (files === 0 || received === 0) reject(badRequest('没有收到照片，请重新选择'))
      else resolve(Buffer.concat(chunks))
    })
    req.on('error', () => fail(badRequest('上传中断，请重试')))
    req.pipe(parser)
  })
}
