import { createHash } from 'node:crypto'
import type { RandomBytes } from '@zhengmin/shared'

/** Bytes of randomness in a session token (staff and citizens alike). */
const TOKEN_BYTES = 32

/** A session token as issued: 32 random bytes in base64url. Anything else is refused unread. */
export const SESSION_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/

/** A fresh bearer token from the system's CSPRNG (or the one given). */
export function newSessionToken(randomBytes: RandomBytes): string {
  return Buffer.from(randomBytes(TOKEN_BYTES)).toString('base64url')
}

/** What is stored for a token: its SHA-256, so the database alone cannot sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
