import { z } from 'zod'
import { countCharacters } from '../text'

/**
 * A trimmed text field of `min`–`max` characters (counted as the citizen counts them), with
 * the Chinese message shown when it is missing or out of range.
 */
export const boundedText = (required: string, min: number, max: number) =>
  z
    .string({ error: required })
    .transform((v) => v.trim())
    .refine((v) => countCharacters(v) >= min, min > 1 ? `至少${min}个字` : required)
    .refine((v) => countCharacters(v) <= max, `不能超过${max}个字`)
