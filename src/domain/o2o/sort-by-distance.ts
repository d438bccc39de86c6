export interface GeoPoint {
  /** Degrees, GCJ-02 as Taro.getLocation({ type: 'gcj02' }) returns them (the map coordinates WeChat uses). */
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in whole metres (haversine): accurate to well under 1% at city scale. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** Nearest first; ties keep their given order. Without the shopper's location the order is unchanged and distance null. */
export function sortByDistance<T extends { location: GeoPoint }>(items: readonly T[], from: GeoPoint | null): Array<T & { distanceM: number | null }> {
  const withDistance = items.map((item) => ({ ...item, distanceM: from ? distanceMetres(from, item.location) : null }));
  if (!from) return withDistance;
  return withDistance.map((item, i) => ({ item, i })).sort((x, y) => (x.item.distanceM as number) - (y.item.distanceM as number) || x.i - y.i).map((x) => x.item);
}
