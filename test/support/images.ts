import { deflateSync } from 'node:zlib'

/**
 * Small images built byte by byte for the photo tests: structurally valid files (the metadata
 * stripper walks their segments and chunks), with the metadata a phone camera writes.
 */

const u16be = (n: number) => Buffer.from([n >> 8, n & 0xff])

function jpegSegment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload])
}

/** A big-endian TIFF with IFD0 of the given SHORT/LONG entries, and a GPS IFD when asked. */
function exifPayload(options: { orientation?: number; gps: boolean }): Buffer {
  const entries: Array<[tag: number, type: number, value: number]> = []
  if (options.orientation) entries.push([0x0112, 3, options.orientation])
  // The GPS IFD follows IFD0: header 8 + count 2 + entries 12n + next 4.
  const gpsOffset = 8 + 2 + 12 * (entries.length + (options.gps ? 1 : 0)) + 4
  if (options.gps) entries.push([0x8825, 4, gpsOffset])
  const ifd0 = Buffer.alloc(2 + entries.length * 12 + 4)
  ifd0.writeUInt16BE(entries.length, 0)
  entries.forEach(([tag, type, value], i) => {
    const at = 2 + i * 12
    ifd0.writeUInt16BE(tag, at)
    ifd0.writeUInt16BE(type, at + 2)
    ifd0.writeUInt32BE(1, at + 4)
    if (type === 3) ifd0.writeUInt16BE(value, at + 8)
    else ifd0.writeUInt32BE(value, at + 8)
  })
  // GPS IFD: GPSLatitudeRef 'N' and GPSLongitudeRef 'E' (ASCII inline), plus the make 'GPSCAM'.
  const gps = Buffer.alloc(2 + 2 * 12 + 4)
  gps.writeUInt16BE(2, 0)
  gps.writeUInt16BE(0x0001, 2)
  gps.writeUInt16BE(2, 4)
  gps.writeUInt32BE(2, 6)
  gps.write('N\0', 10, 'latin1')
  gps.writeUInt16BE(0x0003, 14)
  gps.writeUInt16BE(2, 16)
  gps.writeUInt32BE(2, 18)
  gps.write('E\0', 22, 'latin1')
  const header = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08])
  return Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    header,
    ifd0,
    options.gps ? gps : Buffer.alloc(0),
    // Where a camera puts coordinates and its name; the test looks for these bytes.
    Buffer.from('GPS 26.2535N 105.2913E Bijie', 'latin1'),
  ])
}

/**
 * A baseline JPEG (1×1 grey) with the metadata a phone writes: APP1 EXIF with a GPS IFD, APP1
 * XMP, APP13 IPTC and a comment. `orientation` adds the EXIF Orientation tag.
 */
export function jpegWithGps(options: { orientation?: number } = {}): Buffer {
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0])
  const xmp = Buffer.from(
    'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>26,15.2N</exif:GPSLatitude></x:xmpmeta>',
    'latin1',
  )
  const iptc = Buffer.from('Photoshop 3.0\x008BIM\x04\x04 location: Bijie', 'latin1')
  const dqt = Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)])
  const sof0 = Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])
  const dht = Buffer.concat([
    Buffer.from([0x00]),
    Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    Buffer.from([0]),
  ])
  const sos = Buffer.from([1, 1, 0x00, 0, 63, 0])
  // Entropy-coded data with a stuffed 0xFF00 and a restart marker inside.
  const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, jfif),
    jpegSegment(
      0xe1,
      exifPayload({
        gps: true,
        ...(options.orientation ? { orientation: options.orientation } : {}),
      }),
    ),
    jpegSegment(0xe1, xmp),
    jpegSegment(0xed, iptc),
    jpegSegment(0xfe, Buffer.from('taken at the site, GPS on', 'latin1')),
    jpegSegment(0xdb, dqt),
    jpegSegment(0xc0, sof0),
    jpegSegment(0xc4, dht),
    jpegSegment(0xda, sos),
    scan,
    Buffer.from([0xff, 0xd9]),
    // Data some phones append after the end of the image.
    Buffer.from('trailer GPS', 'latin1'),
  ])
}

let crcTable: number[] | undefined
function crc32(bytes: Buffer): number {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A real, decodable PNG of `width`×`height` in one RGB colour, with tEXt, iTXt and eXIf chunks
 * when `metadata` is set (browsers draw it: the browser test shows these as thumbnails).
 */
export function png(
  options: {
    width?: number
    height?: number
    rgb?: [number, number, number]
    metadata?: boolean
  } = {},
): Buffer {
  const width = options.width ?? 8
  const height = options.height ?? 8
  const [r, g, b] = options.rgb ?? [30, 120, 200]
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat()),
  ])
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  const metadata = options.metadata
    ? [
        pngChunk('tEXt', Buffer.from('Comment\0GPS 26.25N 105.29E', 'latin1')),
        pngChunk(
          'iTXt',
          Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>GPS</x:xmpmeta>', 'latin1'),
        ),
        pngChunk('eXIf', exifPayload({ gps: true }).subarray(6)),
      ]
    : []
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...metadata,
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.write(fourcc, 0, 'latin1')
  header.writeUInt32LE(data.length, 4)
  return Buffer.concat([header, data, data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)])
}

/** An extended WebP (VP8X) announcing and carrying EXIF and XMP chunks. */
export function webpWithMetadata(): Buffer {
  const vp8x = Buffer.alloc(10)
  vp8x[0] = 0x08 | 0x04 // EXIF and XMP present
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    riffChunk(
      'VP8L',
      Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]),
    ),
    riffChunk('EXIF', exifPayload({ gps: true }).subarray(6)),
    riffChunk('XMP ', Buffer.from('<x:xmpmeta>GPS</x:xmpmeta>', 'latin1')),
  ])
  const header = Buffer.alloc(8)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(body.length, 4)
  return Buffer.concat([header, body])
}

/** The first bytes of a PDF: what a document renamed to .jpg really is. */
export function pdfBytes(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
    'latin1',
  )
}

/** An iPhone HEIC's first box (ftyp, brand heic). */
export function heicBytes(): Buffer {
  const ftyp = Buffer.alloc(24)
  ftyp.writeUInt32BE(24, 0)
  ftyp.write('ftypheic', 4, 'latin1')
  ftyp.write('mif1heic', 16, 'latin1')
  return Buffer.concat([ftyp, Buffer.alloc(200, 0)])
}
