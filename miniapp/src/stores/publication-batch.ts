import type { PublicationInput } from '@zhengmin/shared'

/**
 * Drafts the office has reviewed and set aside to publish together (批量发布). Kept in memory
 * only: they hold citizens' (redacted) words and need not outlive the session on the device.
 */
const drafts = new Map<string, PublicationInput & { title: string }>()

export function addToBatch(draft: PublicationInput): void {
  drafts.set(draft.messageId, draft)
}

export function removeFromBatch(messageId: string): void {
  drafts.delete(messageId)
}

export function batchDrafts(): PublicationInput[] {
  return [...drafts.values()]
}

export function isInBatch(messageId: string): boolean {
  return drafts.has(messageId)
}

export function clearBatch(): void {
  drafts.clear()
}
