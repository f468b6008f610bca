/** Whether a write failed because a unique index already holds the value (MongoDB code 11000). */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000
}
