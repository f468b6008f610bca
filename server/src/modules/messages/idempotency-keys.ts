import type { Models } from '../../db/models'

/** Lookups of stored Idempotency-Keys, apart from the submission that stores them. */
export function createIdempotencyKeys(models: Pick<Models, 'Idempotency'>) {
  return {
    /**
     * Whether a submission with this key was stored: its retry is answered with the stored
     * message (or a 409 for another body), so it adds nothing and needs no room in the limit.
     */
    async isKnown(key: string): Promise<boolean> {
      return (await models.Idempotency.exists({ key })) !== null
    },
  }
}
