/**
 * Uplines are materialized paths, so when user M gets a new upline every descendant D of M must have the part
 * above M rewritten: D keeps its chain down to and including M, then takes M's new upline.
 * Calling this for a D that is not below M is a bug in the caller, hence a plain Error.
 */
export function rebaseUpline(
  descendantUpline: readonly string[],
  movedUserId: string,
  movedUserNewUpline: readonly string[],
): string[] {
  const index = descendantUpline.indexOf(movedUserId);
  if (index < 0) {
    throw new Error(`rebaseUpline: ${movedUserId} is not in the descendant's upline`);
  }
  return [...descendantUpline.slice(0, index + 1), ...movedUserNewUpline];
}
