/**
 * A sales region (区域) as the merchant names it: a province, optionally narrowed to a city and a district. Names are
 * matched exactly as written (e.g. 浙江省 / 杭州市 / 西湖区), the way shoppers type their address region.
 */
export interface Region {
  province: string;
  city: string | null;
  district: string | null;
}

/** The region's parts from the widest down, e.g. ['浙江省', '杭州市']. */
export function regionParts(r: Region): string[] {
  const parts = [r.province];
  if (r.city) {
    parts.push(r.city);
    if (r.district) parts.push(r.district);
  }
  return parts;
}

export function regionKey(r: Region): string {
  return regionParts(r).join('/');
}

export function regionLabel(r: Region): string {
  return regionParts(r).join(' ');
}

/** An address region as typed at checkout ("浙江省 杭州市 西湖区", also with '/' or ',' between the parts). */
export function parseRegionText(text: string): Region | null {
  const parts = text
    .split(/[\s/,，]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const [province, city, district] = parts;
  if (!province) return null;
  return { province, city: city ?? null, district: city ? (district ?? null) : null };
}

/** `outer` contains `inner` (a region contains itself). */
export function regionContains(outer: Region, inner: Region): boolean {
  const o = regionParts(outer);
  const i = regionParts(inner);
  return o.length <= i.length && o.every((part, k) => part === i[k]);
}

/**
 * Two agents may not own overlapping regions: the same region, or one inside the other (a province agent and a
 * city agent in it would both claim the city's orders).
 */
export function regionsConflict(a: Region, b: Region): boolean {
  return regionContains(a, b) || regionContains(b, a);
}
