// The bureau's published phone numbers and office addresses. A handler's answer that gives them
// is not publishing anyone's personal data, so the 回复选登 check leaves them alone. The list is
// data, edited in public-contacts.json beside this file without touching code; it stays empty
// until the bureau confirms its numbers and addresses (none are guessed here).
import { z } from 'zod'
import shipped from './public-contacts.json'

export const publicContactsSchema = z.object({
  /** Phone numbers in any format: 0857-8221234, 12333, 400 numbers. */
  phoneNumbers: z.array(z.string().trim().min(5).max(30)),
  /** Addresses as written in answers: 毕节市七星关区某路某号. */
  addresses: z.array(z.string().trim().min(4).max(100)),
})
export type PublicContacts = z.infer<typeof publicContactsSchema>

/** The shipped list, checked when the configuration loads. */
export const PUBLIC_CONTACTS: PublicContacts = publicContactsSchema.parse(shipped)
