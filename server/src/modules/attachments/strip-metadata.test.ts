import { inflateSync } from 'node:zlib'
import {
  heicBytes,
  jpegWithGps,
  pdfBytes,
  png,
  webpWithMetadata,
} from '../../../../test/support/images'
import { sniffImageFormat } from './image-format'
import { MalformedImageError, stripImageMetadata } from './strip-metadata'

/** Marker bytes of the JPEG's segments, in order (walked the same way a decoder does). */
function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = []
  let offset = 2
  while (offset < bytes.length) {
    const marker = bytes[offset + 1] ?? 0
    markers.push(marker)
    if (marker === 0xd9) break
    offset += 2 + bytes.readUInt16BE(offset + 2)
    if (marker === 0xda) {
      while (!(bytes[offset] === 0xff && ![0x00, 0xd0].includes(bytes[offset + 1] ?? 0))) offset++
    }
  }
  return markers
}

/** Chunk types of a PNG, in order. */
function pngChunks(bytes: Buffer): string[] {
  const types: string[] = []
  for (let at = 8; at < bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    types.push(bytes.toString('latin1', at + 4, at + 8))
  }
  return types
}

describe('sniffImageFormat', () => {
  it('reads the type from the first bytes, whatever the file is called', () => {
    expect(sniffImageFormat(jpegWithGps())).toBe('image/jpeg')
    expect(sniffImageFormat(png())).toBe('image/png')
    expect(sniffImageFormat(webpWithMetadata())).toBe('image/webp')
    expect(sniffImageFormat(heicBytes())).toBe('image/heic')
    expect(sniffImageFormat(pdfBytes())).toBe('unknown')
    expect(sniffImageFormat(Buffer.from('GIF89a'))).toBe('unknown')
    expect(sniffImageFormat(Buffer.alloc(0))).toBe('unknown')
  })
})

describe('stripImageMetadata', () => {
  it('removes EXIF (with GPS), XMP, IPTC, comments and trailing data from a JPEG', () => {
    const original = jpegWithGps()
    const stripped = stripImageMetadata(original, 'image/jpeg')
    expect(jpegMarkers(original)).toEqual([
      0xe0, 0xe1, 0xe1, 0xed, 0xfe, 0xdb, 0xc0, 0xc4, 0xda, 0xd9,
    ])
    expect(jpegMarkers(stripped)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xda, 0xd9])
    for (const text of ['Exif', 'GPS', 'xmpmeta', 'Photoshop', 'Bijie', 'trailer']) {
      expect(stripped.includes(text)).toBe(false)
    }
    // The image itself (tables, frame, scan with its stuffed byte and restart marker) is kept.
    expect(stripped.includes(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]))).toBe(true)
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]))
  })

  it('keeps only the orientation of a photo taken sideways, in a fresh EXIF segment', () => {
    const stripped = stripImageMetadata(jpegWithGps({ orientation: 6 }), 'image/jpeg')
    expect(jpegMarkers(stripped)).toEqual([0xe1, 0xe0, 0xdb, 0xc0, 0xc4, 0xda, 0xd9])
    const app1 = stripped.subarray(6, 4 + stripped.readUInt16BE(4))
    // Exif header, big-endian TIFF, one IFD0 entry: Orientation (0x0112) = 6; nothing else.
    expect(app1.length).toBe(6 + 26)
    expect(app1.readUInt16BE(6 + 8)).toBe(1)
    expect(app1.readUInt16BE(6 + 10)).toBe(0x0112)
    expect(app1.readUInt16BE(6 + 18)).toBe(6)
    expect(stripped.includes('GPS')).toBe(false)
  })

  it('removes tEXt, iTXt and eXIf from a PNG and keeps its pixels', () => {
    const original = png({ metadata: true })
    const stripped = stripImageMetadata(original, 'image/png')
    expect(pngChunks(original)).toEqual(['IHDR', 'tEXt', 'iTXt', 'eXIf', 'IDAT', 'IEND'])
    expect(pngChunks(stripped)).toEqual(['IHDR', 'IDAT', 'IEND'])
    expect(stripped.includes('GPS')).toBe(false)
    const idat = (bytes: Buffer) => {
      const at = bytes.indexOf('IDAT') - 4
      return inflateSync(bytes.subarray(at + 8, at + 8 + bytes.readUInt32BE(at)))
    }
    expect(idat(stripped)).toEqual(idat(original))
  })

  it('removes EXIF and XMP chunks from a WebP, clears their flags and fixes the size', () => {
    const stripped = stripImageMetadata(webpWithMetadata(), 'image/webp')
    expect(stripped.includes('EXIF')).toBe(false)
    expect(stripped.includes('XMP ')).toBe(false)
    expect(stripped.includes('GPS')).toBe(false)
    expect(stripped.readUInt32LE(4)).toBe(stripped.length - 8)
    const vp8x = stripped.indexOf('VP8X')
    expect((stripped[vp8x + 8] ?? 0) & 0x0c).toBe(0)
    expect(stripped.includes('VP8L')).toBe(true)
  })

  it('refuses a truncated file rather than store part of it', () => {
    const jpeg = jpegWithGps()
    expect(() => stripImageMetadata(jpeg.subarray(0, 40), 'image/jpeg')).toThrow(
      MalformedImageError,
    )
    expect(() => stripImageMetadata(png().subarray(0, 30), 'image/png')).toThrow(
      MalformedImageError,
    )
    const webp = webpWithMetadata()
    expect(() => stripImageMetadata(webp.subarray(0, 30), 'image/webp')).toThrow(
      MalformedImageError,
    )
  })
})
