/**
 * The first index below `length` where `isBefore` no longer holds, for a test that holds on a prefix of the indices
 * only (the items are in order): a binary search, where a scan per quote would be quadratic in a long text.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (isBefore(middle)) low = middle + 1
    else high = middle
  }
  return low
}
