import { z } from 'zod'

/**
 * The kinds of turn in a message's conversation: the citizen's question (提问), a reply (答复),
 * a decline (不予受理), and the citizen's further question (追问).
 */
export const CONVERSATION_TURN_KINDS = ['question', 'reply', 'decline', 'followUp'] as const
export type ConversationTurnKind = (typeof CONVERSATION_TURN_KINDS)[number]

/** One turn of the exchange between a citizen and the bureau, in the order it happened. */
export const conversationTurnSchema = z.object({
  kind: z.enum(CONVERSATION_TURN_KINDS),
  content: z.string(),
  /** When it was written (Beijing ISO time). */
  at: z.string(),
  /** The unit that gave an answer. */
  unitName: z.string().optional(),
  /** The staff member who gave an answer; only in the staff view. */
  answeredBy: z.string().optional(),
})
export type ConversationTurn = z.infer<typeof conversationTurnSchema>

/** The whole exchange, question first, each answer and follow-up in order. */
export const conversationSchema = z.array(conversationTurnSchema)
