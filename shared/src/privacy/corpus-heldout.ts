// The held-out corpora: each written separately from the detector and its tuning corpora by
// someone who never read either, and never used to tune the detector. bench:privacy reports
// their figures, one by one and pooled. When a round's misses are used for tuning, its file
// becomes a corpus-tuning-*.ts and leaves this list.
import type { CorpusItem } from './corpus'
import { HELDOUT_CORPUS_11 } from './corpus-heldout-11'
import { HELDOUT_CORPUS_14 } from './corpus-heldout-14'
import { HELDOUT_CORPUS_19 } from './corpus-heldout-19'
import { HELDOUT_CORPUS_9 } from './corpus-heldout-9'

export interface HeldOutCorpus {
  /** The round in which the corpus was written. */
  round: number
  corpus: readonly CorpusItem[]
}

export const HELDOUT_CORPORA: readonly HeldOutCorpus[] = [
  { round: 9, corpus: HELDOUT_CORPUS_9 },
  { round: 11, corpus: HELDOUT_CORPUS_11 },
  { round: 14, corpus: HELDOUT_CORPUS_14 },
  { round: 19, corpus: HELDOUT_CORPUS_19 },
]
