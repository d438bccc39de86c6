/**
 * Finds writes of a status field (`status`, or a collection's own name for it: STATUS_FIELD_OF) in TypeScript source that do not go through moveStatus: the patch of a store
 * `update` (4th argument) or the `set` of an `increment` (4th argument) that carries `status`, directly, through a
 * spread, through a local variable holding such an object, or as the rest of a destructured document that does not
 * leave `status` out. Document creation (`insert` / `create`) is not a status write. A heuristic over the text, not a
 * type check: it looks for the shapes the code base uses.
 */
/** The status field of each collection that names it otherwise (payment alerts keep `state`); `status` elsewhere. */
const STATUS_FIELD_OF: Readonly<Record<string, string>> = { 'COLLECTIONS.paymentAlerts': 'state' };

const keyPattern = (field: string) => new RegExp(`(^|[{,\\s])(?:${field}|'${field}'|"${field}")\\s*(?::|,|}|$)`);

/** The text between a call's parentheses, split into its top-level arguments. */
function callArgs(source: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(source, i);
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') {
      depth -= 1;
      if (depth === 0) {
        args.push(source.slice(start, i).trim());
        return { args: args.filter((a) => a !== ''), end: i };
      }
    } else if (c === ',' && depth === 1) {
      args.push(source.slice(start, i).trim());
      start = i + 1;
    }
  }
  return { args, end: source.length };
}

function skipString(source: string, at: number): number {
  const quote = source[at];
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === quote) return i;
  }
  return source.length;
}

/** The top-level entries of an object literal's text (`{ a: 1, ...b }` → ['a: 1', '...b']). */
function objectEntries(literal: string): string[] {
  const inner = `(${literal.trim().slice(1, -1)})`;
  return callArgs(inner, 0).args;
}

/** Where a local binding is declared: `const name = <init>` or a rest element `...name } = <source>`. */
function declarationOf(source: string, name: string): { init: string } | { rest: string; of: string } | null {
  const decl = new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*(?::[^=]+)?=(?!=)\\s*`).exec(source);
  if (decl) {
    const from = decl.index + decl[0].length;
    // The initializer runs to the end of its statement: wrap it as an argument list to find where it stops.
    const { args } = callArgs(`(${source.slice(from).replace(/;[\s\S]*$/, '')})`, 0);
    return { init: (args[0] ?? '').split('\n').filter((l, i) => i === 0 || /^\s/.test(l)).join('\n') };
  }
  const rest = new RegExp(`\\{([^{}]*)\\.\\.\\.${name}\\s*\\}\\s*=\\s*([A-Za-z_$][\\w$]*)`).exec(source);
  if (rest) return { rest: rest[1] as string, of: rest[2] as string };
  return null;
}

function writesStatus(expr: string, source: string, seen: Set<string>, field: string): boolean {
  const STATUS_KEY = keyPattern(field);
  const text = expr.trim().replace(/\s+as\s+const\s*$/, '');
  if (text.startsWith('{')) {
    return objectEntries(text).some((entry) => {
      if (entry.startsWith('...')) return writesStatus(entry.slice(3), source, seen, field);
      return STATUS_KEY.test(entry.split(':')[0] === entry ? entry : `${entry.split(':')[0]}:`);
    });
  }
  if (text.startsWith('(')) return writesStatus(text.slice(1, -1), source, seen, field);
  const ternary = /^[^?]+\?([\s\S]+):([\s\S]+)$/.exec(text);
  if (ternary && /[{}]/.test(text)) return new RegExp(`\\b${field}\\s*:`).test(text);
  if (/^[A-Za-z_$][\w$]*$/.test(text)) {
    if (seen.has(text)) return false;
    seen.add(text);
    const decl = declarationOf(source, text);
    if (!decl) return false;
    // The rest of a document carries its status unless the pattern takes it out; only a document built here with
    // a status (`{ ...current, status: to }`) is known to hold one.
    if ('rest' in decl) return !new RegExp(`\\b${field}\\b`).test(decl.rest) && writesStatus(decl.of, source, seen, field);
    return writesStatus(decl.init, source, seen, field);
  }
  return false;
}

/** Each status write outside moveStatus in `source`, as the text of the call that makes it. */
export function findStatusWrites(source: string): string[] {
  const found: string[] = [];
  const call = /\.(update|increment)\s*\(/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    const open = m.index + m[0].length - 1;
    const { args, end } = callArgs(source, open);
    const patch = args[3];
    const field = STATUS_FIELD_OF[args[0] ?? ''] ?? 'status';
    if (patch !== undefined && writesStatus(patch, source, new Set(), field)) found.push(source.slice(m.index, end + 1));
  }
  return found;
}
