/** The content codings the server sends, best first (brotli compresses text best). */
export type ContentCoding = 'br' | 'gzip'

const Q_VALUE = /^q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)$/i

/** The q-value the Accept-Encoding header gives each coding it names (without `*`). */
function qualities(header: string): Map<string, number> {
  const named = new Map<string, number>()
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.split(';').map((piece) => piece.trim())
    if (!token) continue
    let quality = 1
    for (const param of params) {
      // A malformed q-value counts as a refusal: never send what the client may not decode.
      if (/^q\s*=/i.test(param)) quality = Q_VALUE.test(param) ? Number(param.split('=')[1]) : 0
    }
    named.set(token.toLowerCase(), quality)
  }
  return named
}

/**
 * The best of `available` the client accepts (named with q > 0), preferring the client's higher
 * q-value and, on a tie, the order of `available`; undefined to send the bytes as they are.
 * A lone `*` is not relied on: clients that take compression name it.
 */
export function preferredCoding(
  header: string,
  available: readonly ContentCoding[],
): ContentCoding | undefined {
  if (!header) return undefined
  // Clients send a handful of distinct headers: remembering the answers keeps the hot read
  // paths (cached API pages, assets) at one map lookup.
  const key = `${available.join(',')}|${header}`
  const known = remembered.get(key)
  if (known !== undefined) return known || undefined
  const best = negotiate(header, available)
  if (remembered.size >= REMEMBERED_MAX) remembered.clear()
  remembered.set(key, best ?? '')
  return best
}

const REMEMBERED_MAX = 200
const remembered = new Map<string, ContentCoding | ''>()

function negotiate(header: string, available: readonly ContentCoding[]): ContentCoding | undefined {
  const named = qualities(header)
  let best: ContentCoding | undefined
  let bestQuality = 0
  for (const coding of available) {
    const quality = named.get(coding) ?? 0
    if (quality > bestQuality) {
      best = coding
      bestQuality = quality
    }
  }
  return best
}

/** Whether the client takes gzip (named without q=0). */
export function acceptsGzip(header: string): boolean {
  return preferredCoding(header, ['gzip']) === 'gzip'
}
