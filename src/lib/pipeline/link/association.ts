/**
 * Association strength between two terms from sentence counts: normalised pointwise mutual information.
 *
 * Raw co-occurrence counts reward frequency: a term present in every sentence co-occurs with everything and
 * would get the thickest edges. NPMI compares the joint rate with what independence predicts and scales the
 * result to [-1, 1] (1: always together, 0: independent, -1: never together), so a term that occurs
 * everywhere scores at most 0 with anything, and thresholds mean the same thing whatever the corpus size.
 * NPMI is chosen over log-likelihood because its scale is fixed and readable; its known weakness (rare pairs
 * look perfect) is handled by the linker's minimum co-occurrence count.
 */

/**
 * @param joint sentences (possibly fractional, for weighted paragraph co-occurrences) where both occur
 * @param countA sentences where the first term occurs
 * @param countB sentences where the second term occurs
 * @param total sentences in the corpus
 */
export function computeNpmi(joint: number, countA: number, countB: number, total: number): number {
  if (joint <= 0 || countA <= 0 || countB <= 0 || total <= 0) return -1;
  const pJoint = Math.min(joint / total, 1);
  // Both terms in every sentence: the pair carries no information, and -log(1) would divide by zero.
  if (pJoint >= 1) return 0;
  const pmi = Math.log(pJoint / ((countA / total) * (countB / total)));
  return Math.max(-1, Math.min(1, pmi / -Math.log(pJoint)));
}
