import type { Scalar } from './store';

/**
 * A document after `increment(delta, set)`: each delta added to its field (0 when absent), each `set` field replaced;
 * a dot path ('products.p01.units') walks into nested objects and creates the ones missing, as CloudBase does.
 * Returns a new document; the one given is not changed.
 */
export function applyIncrement<T extends Record<string, unknown>>(doc: T, delta: Readonly<Record<string, number>>, set: Readonly<Record<string, Scalar>> = {}): T {
  const next = structuredClone(doc) as Record<string, unknown>;
  const at = (path: string): { parent: Record<string, unknown>; key: string } => {
    const keys = path.split('.');
    let parent = next;
    for (const key of keys.slice(0, -1)) {
      const child = parent[key];
      if (child === null || typeof child !== 'object' || Array.isArray(child)) parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    return { parent, key: keys[keys.length - 1] as string };
  };
  for (const [path, value] of Object.entries(delta)) {
    const { parent, key } = at(path);
    parent[key] = ((parent[key] as number | undefined) ?? 0) + value;
  }
  for (const [path, value] of Object.entries(set)) {
    const { parent, key } = at(path);
    parent[key] = value;
  }
  return next as T;
}
