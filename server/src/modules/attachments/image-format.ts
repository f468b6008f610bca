import type { AttachmentContentType } from '@zhengmin/shared'

/** What the first bytes of an upload say it is. */
export type SniffedFormat = AttachmentContentType | 'image/heic' | 'unknown'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** ISO-BMFF brands of HEIF/HEIC still images (what iPhones take by default). */
const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'mif1',
  'msf1',
  'avif',
])

/**
 * The image type from the file's magic bytes. The name and the declared type are the sender's
 * claim and are never trusted: a PDF renamed to .jpg is 'unknown' here.
 */
export function sniffImageFormat(bytes: Buffer): SniffedFormat {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg'
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png'
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp'
  }
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp') {
    if (HEIF_BRANDS.has(bytes.toString('latin1', 8, 12))) return 'image/heic'
  }
  return 'unknown'
}
