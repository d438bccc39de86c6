/** One node of the render tree Taro sends with setData: `cn` children, `v` text, `sid`/`uid` ids, `pN` props. */
export interface TreeNode {
  sid?: string;
  uid?: string;
  nn?: string;
  v?: string;
  cn?: TreeNode[];
  [prop: string]: unknown;
}

function childrenOf(node: unknown): TreeNode[] {
  const cn = (node as TreeNode | null)?.cn;
  return Array.isArray(cn) ? cn : [];
}

/** The top nodes of a page (`root`) or of a Taro component instance (`i`). */
function rootsOf(data: Record<string, unknown> | TreeNode[]): TreeNode[] {
  return Array.isArray(data) ? data : childrenOf(data.root ?? data.i);
}

/**
 * The path from a root to the deepest node satisfying `test`, so a tap lands on the element itself rather than on
 * a container around it; empty when nothing matches.
 */
export function findPath(data: Record<string, unknown>, test: (node: TreeNode) => boolean): TreeNode[] {
  const walk = (node: TreeNode, trail: TreeNode[]): TreeNode[] => {
    const here = [...trail, node];
    for (const child of childrenOf(node)) {
      const found = walk(child, here);
      if (found.length > 0) return found;
    }
    return test(node) ? here : [];
  };
  for (const root of rootsOf(data)) {
    const found = walk(root, []);
    if (found.length > 0) return found;
  }
  return [];
}

/** Text, input values and placeholders in document order; `attributes` names a node's short prop keys. */
export function visibleText(data: Record<string, unknown> | TreeNode[], attributes: (node: TreeNode) => Record<string, unknown>): string {
  const walk = (node: TreeNode): string => {
    const attrs = attributes(node);
    const own = [node.v, attrs.value, attrs.placeholder].filter((x) => typeof x === 'string' && x.length > 0).join(' ');
    return [own, ...childrenOf(node).map(walk)].filter(Boolean).join(' ');
  };
  return rootsOf(data).map(walk).join(' ');
}

/** A node's text as one string, the way its characters sit on screen (adjacent text nodes run together). */
export function textOf(node: TreeNode): string {
  return (typeof node.v === 'string' ? node.v : '') + childrenOf(node).map(textOf).join('');
}
