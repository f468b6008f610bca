import type { AttachmentContentType } from '@zhengmin/shared'

/** The file is not the image its first bytes promised (truncated or crafted). */
export class MalformedImageError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'MalformedImageError'
  }
}

/**
 * The image without location and other metadata (EXIF, XMP, IPTC, comments, text chunks), the
 * pixels untouched. Photos of pay slips and sites often carry the phone's GPS position, the
 * device and the time; none of that is needed to read them.
 */
export function stripImageMetadata(bytes: Buffer, type: AttachmentContentType): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes)
    case 'image/png':
      return stripPng(bytes)
    case 'image/webp':
      return stripWebp(bytes)
  }
}

// ---- JPEG ------------------------------------------------------------------------------------

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const APP0 = 0xe0
const APP1 = 0xe1
const APP2 = 0xe2
const APP14 = 0xee
const APP15 = 0xef
const COM = 0xfe

/** Markers that stand alone, without a length: TEM and the restart markers RST0–RST7. */
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)

/**
 * Whether a JPEG segment is kept: APP0 (JFIF), APP2 only for the ICC colour profile, APP14
 * (Adobe: needed to decode CMYK) and every non-APP segment but comments. Dropped: APP1 (EXIF
 * and XMP, where GPS lives), APP13 (IPTC/Photoshop), APP2 MPF (points at data after the end),
 * the other APPn and COM.
 */
function keepsJpegSegment(marker: number, payload: Buffer): boolean {
  if (marker === COM) return false
  if (marker < APP0 || marker > APP15) return true
  if (marker === APP0 || marker === APP14) return true
  if (marker === APP2) return payload.toString('latin1', 0, 12) === 'ICC_PROFILE\0'
  return false
}

/**
 * Copies the JPEG segment by segment, leaving out metadata segments (before and between scans)
 * and anything after the end-of-image marker. Keeps the EXIF orientation, alone, in a minimal
 * EXIF segment, so that a photo taken sideways is still shown upright.
 */
function stripJpeg(bytes: Buffer): Buffer {
  const out: Buffer[] = [bytes.subarray(0, 2)]
  let orientation: number | undefined
  let offset = 2
  for (;;) {
    if (offset >= bytes.length) throw new MalformedImageError('jpeg: no end-of-image marker')
    if (bytes[offset] !== 0xff) throw new MalformedImageError('jpeg: expected a marker')
    // Any number of 0xFF fill bytes may precede a marker.
    while (offset < bytes.length && bytes[offset] === 0xff) offset += 1
    const marker = bytes[offset]
    offset += 1
    if (marker === undefined) throw new MalformedImageError('jpeg: truncated marker')
    if (marker === EOI) {
      out.push(Buffer.from([0xff, EOI]))
      break
    }
    if (marker === SOI || marker === 0x00) throw new MalformedImageError('jpeg: stray marker')
    if (standsAlone(marker)) {
      out.push(Buffer.from([0xff, marker]))
      continue
    }
    if (offset + 2 > bytes.length) throw new MalformedImageError('jpeg: truncated length')
    const length = bytes.readUInt16BE(offset)
    const end = offset + length
    if (length < 2 || end > bytes.length) throw new MalformedImageError('jpeg: bad length')
    const payload = bytes.subarray(offset + 2, end)
    if (marker === APP1 && orientation === undefined) orientation = exifOrientation(payload)
    if (keepsJpegSegment(marker, payload)) out.push(bytes.subarray(offset - 2, end))
    offset = end
    if (marker === SOS) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor RSTn.
      const dataStart = offset
      while (offset < bytes.length) {
        if (bytes[offset] === 0xff) {
          const next = bytes[offset + 1]
          if (next === undefined) break
          if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) break
        }
        offset += 1
      }
      out.push(bytes.subarray(dataStart, offset))
    }
  }
  if (orientation !== undefined && orientation !== 1) {
    out.splice(1, 0, orientationOnlyExif(orientation))
  }
  return Buffer.concat(out)
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 EXIF payload, if present and sane. */
function exifOrientation(payload: Buffer): number | undefined {
  if (payload.length < 14 || payload.toString('latin1', 0, 6) !== 'Exif\0\0') return undefined
  const tiff = payload.subarray(6)
  const order = tiff.toString('latin1', 0, 2)
  if (order !== 'II' && order !== 'MM') return undefined
  const little = order === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd = u32(4)
  if (ifd + 2 > tiff.length) return undefined
  const entries = u16(ifd)
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > tiff.length) return undefined
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8)
      return value >= 1 && value <= 8 ? value : undefined
    }
  }
  return undefined
}

/** An APP1 EXIF segment holding nothing but the orientation (big-endian TIFF, one entry). */
function orientationOnlyExif(orientation: number): Buffer {
  const tiff = Buffer.alloc(26)
  tiff.write('MM', 0, 'latin1')
  tiff.writeUInt16BE(42, 2)
  tiff.writeUInt32BE(8, 4) // IFD0 right after the header
  tiff.writeUInt16BE(1, 8) // one entry
  tiff.writeUInt16BE(0x0112, 10) // Orientation
  tiff.writeUInt16BE(3, 12) // SHORT
  tiff.writeUInt32BE(1, 14) // one value
  tiff.writeUInt16BE(orientation, 18)
  tiff.writeUInt32BE(0, 22) // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
  const header = Buffer.from([0xff, APP1, 0, 0])
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([header, payload])
}

// ---- PNG -------------------------------------------------------------------------------------

/** Ancillary chunks that carry text, EXIF (with GPS) or the time of the picture. */
const PNG_METADATA_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME'])

/** Copies the PNG chunk by chunk without its metadata chunks and anything after IEND. */
function stripPng(bytes: Buffer): Buffer {
  const out: Buffer[] = [bytes.subarray(0, 8)]
  let offset = 8
  let first = true
  for (;;) {
    if (offset + 12 > bytes.length) throw new MalformedImageError('png: truncated chunk')
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    if (end > bytes.length) throw new MalformedImageError('png: bad chunk length')
    if (first && type !== 'IHDR') throw new MalformedImageError('png: IHDR is not first')
    first = false
    if (!PNG_METADATA_CHUNKS.has(type)) out.push(bytes.subarray(offset, end))
    offset = end
    if (type === 'IEND') break
  }
  return Buffer.concat(out)
}

// ---- WebP ------------------------------------------------------------------------------------

/** VP8X flag bits announcing EXIF and XMP chunks. */
const VP8X_EXIF_FLAG = 0x08
const VP8X_XMP_FLAG = 0x04

/** Copies the WebP RIFF chunks without EXIF and XMP, clearing their VP8X flags and the size. */
function stripWebp(bytes: Buffer): Buffer {
  const riffEnd = 8 + bytes.readUInt32LE(4)
  if (riffEnd > bytes.length || riffEnd < 12) throw new MalformedImageError('webp: bad size')
  const chunks: Buffer[] = []
  let offset = 12
  while (offset < riffEnd) {
    if (offset + 8 > riffEnd) throw new MalformedImageError('webp: truncated chunk')
    const fourcc = bytes.toString('latin1', offset, offset + 4)
    const size = bytes.readUInt32LE(offset + 4)
    // Chunks are padded to an even length.
    const end = offset + 8 + size + (size % 2)
    if (end > riffEnd) throw new MalformedImageError('webp: bad chunk size')
    if (fourcc === 'VP8X') {
      const copy = Buffer.from(bytes.subarray(offset, end))
      copy[8] = (copy[8] ?? 0) & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG)
      chunks.push(copy)
    } else if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      chunks.push(bytes.subarray(offset, end))
    }
    offset = end
  }
  const body = Buffer.concat(chunks)
  const header = Buffer.alloc(12)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(body.length + 4, 4)
  header.write('WEBP', 8, 'latin1')
  return Buffer.concat([header, body])
}
