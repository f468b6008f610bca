import { Schema, type Connection, type HydratedDocument, type Model, type Types } from 'mongoose'
import {
  MESSAGE_CATEGORIES,
  PERSONAL_DATA_KINDS,
  PUBLICATION_STATUSES,
  type MessageCategory,
  type PersonalDataKind,
  type PublicationStatus,
} from '@zhengmin/shared'
import { searchSchemaFields, type SearchFields } from '../search'

/** A staff member as recorded on a publication: id for audit, name for the office's list. */
interface StaffRef {
  id: string
  name: string
}

/**
 * A published answer (回复选登): its own document holding only the redacted text the office
 * approved. It never holds the author's name, phone, WeChat identity or lookup code; the link
 * to the message (`messageId`) is internal and never presented publicly.
 */
export interface Publication extends Partial<SearchFields> {
  _id: Types.ObjectId
  messageId: Types.ObjectId
  title: string
  question: string
  answer: string
  category: MessageCategory
  unit?: string
  /** Beijing date of the first answer. */
  answeredDate: string
  /** The citizen's 追问 and the answer to it (with its Beijing date), when the office included them. */
  followUp?: string
  followUpAnswer?: string
  followUpAnsweredDate?: string
  publishedAt: Date
  /** Beijing date of publication. */
  publishedDate: string
  publishedBy: StaffRef
  status: PublicationStatus
  /** Published in spite of findings: the office's reason and the kinds it accepted. */
  override?: { reason: string; kinds: PersonalDataKind[] }
  /** Hidden by the office: kept, with who, when and why. */
  hidden?: { at: Date; by: StaffRef; reason: string }
  createdAt: Date
  updatedAt: Date
}

export type PublicationDocument = HydratedDocument<Publication>

const staffRefSchema = new Schema<StaffRef>(
  { id: { type: String, required: true }, name: { type: String, required: true } },
  { _id: false },
)

const publicationSchema = new Schema<Publication>(
  {
    messageId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    question: { type: String, required: true },
    answer: { type: String, required: true },
    category: { type: String, enum: MESSAGE_CATEGORIES, required: true },
    unit: { type: String },
    answeredDate: { type: String, required: true },
    followUp: { type: String },
    followUpAnswer: { type: String },
    followUpAnsweredDate: { type: String },
    publishedAt: { type: Date, required: true },
    publishedDate: { type: String, required: true },
    publishedBy: { type: staffRefSchema, required: true },
    status: { type: String, enum: PUBLICATION_STATUSES, required: true },
    override: {
      type: new Schema(
        {
          reason: { type: String, required: true },
          kinds: { type: [String], enum: PERSONAL_DATA_KINDS, default: undefined },
        },
        { _id: false },
      ),
    },
    hidden: {
      type: new Schema(
        {
          at: { type: Date, required: true },
          by: { type: staffRefSchema, required: true },
          reason: { type: String, required: true },
        },
        { _id: false },
      ),
    },
    // Words of title, question and answer, stored with them (see modules/search).
    ...searchSchemaFields,
  },
  { collection: 'publications', timestamps: true, strict: 'throw' },
)

// The public list (newest first), overall and per category or unit; the office's lists.
publicationSchema.index({ status: 1, publishedAt: -1, _id: -1 })
publicationSchema.index({ status: 1, category: 1, publishedAt: -1 })
publicationSchema.index({ status: 1, unit: 1, publishedAt: -1 })
// Search: published items holding a word.
publicationSchema.index({ searchWords: 1, status: 1 })
// Earlier publications of a message (hidden ones, for the candidates queue).
publicationSchema.index({ messageId: 1 })

export function publicationModel(connection: Connection): Model<Publication> {
  return (
    (connection.models.Publication as Model<Publication> | undefined) ??
    connection.model<Publication>('Publication', publicationSchema)
  )
}
