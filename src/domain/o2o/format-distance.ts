/** A store's distance as shoppers read it: metres under 1 km (whole), else km with one decimal; '' when unknown. */
export function formatDistance(m: number | null): string {
  if (m === null) return '';
  return m < 1000 ? `${Math.round(m)}m` : `${(m / 1000).toFixed(1)}km`;
}
