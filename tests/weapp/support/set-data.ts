/**
 * WeChat's setData: each key is a data path (`a.b`, `list[2].name`, and Taro's `root.cn.[0].v`) whose value
 * replaces what is there, creating objects and arrays on the way.
 */
export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const segments = parsePath(key);
    let target: Record<string | number, unknown> = data;
    segments.forEach((segment, i) => {
      if (i === segments.length - 1) {
        target[segment] = value;
        return;
      }
      const next = segments[i + 1];
      const existing = target[segment];
      if (existing === null || typeof existing !== 'object') target[segment] = typeof next === 'number' ? [] : {};
      target = target[segment] as Record<string | number, unknown>;
    });
  }
}

export function parsePath(key: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const part of key.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new Error(`setData: invalid path ${key}`);
    if (match[1]) segments.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}
