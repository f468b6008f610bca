import { acceptsGzip, preferredCoding } from './accept-encoding'

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['gzip;q=2', false],
    ['deflate', false],
    ['', false],
    ['x-gzip', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected)
  })
})

describe('preferredCoding', () => {
  it.each([
    // Browsers name gzip first with equal weights: brotli still wins the tie.
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['*', undefined],
    ['', undefined],
  ])('%j → %s', (header, expected) => {
    expect(preferredCoding(header, ['br', 'gzip'])).toBe(expected)
    // Asked again, the remembered answer is the same.
    expect(preferredCoding(header, ['br', 'gzip'])).toBe(expected)
  })

  it('offers only what is available', () => {
    expect(preferredCoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(preferredCoding('br', ['gzip'])).toBeUndefined()
  })
})
