import { hash, verify } from '@node-rs/argon2'

/**
 * argon2id (the library's default algorithm) with OWASP's baseline cost: 19 MiB, 2 passes,
 * 1 lane. Spelled out so that a change of library defaults cannot quietly weaken new hashes.
 */
const ARGON2_COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

/** The argon2id hash (PHC string) to store for a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_COST)
}

/** Whether the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

/**
 * Spends the time a real check costs, for a username that does not exist, so that the answer
 * time does not tell which usernames do. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('zhengmin: no such staff account')
  await verifyPassword(await dummyHash, password)
  return false
}
