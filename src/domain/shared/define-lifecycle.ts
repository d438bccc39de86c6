import { DomainError } from './domain-error';

/** What a lifecycle is written as: its states' moves, where documents start, where they stop, and how a refused move reads. */
export interface LifecycleTable<S extends string> {
  /** Every state, each with the states it may move to (an empty list only for a terminal state). */
  transitions: Readonly<Record<S, readonly S[]>>;
  /** The states a document is created in. */
  initial: readonly S[];
  /** The states nothing leaves, named so an empty row is a decision rather than an omission. */
  terminal: readonly S[];
  /** The error a refused move throws ("AREA.INVALID_TRANSITION") and its message for the shopper or staff. */
  error: { code: string; message: string };
}

export interface Lifecycle<S extends string> {
  readonly states: readonly S[];
  readonly transitions: Readonly<Record<S, readonly S[]>>;
  readonly initial: readonly S[];
  readonly terminal: readonly S[];
  readonly error: { readonly code: string; readonly message: string };
  can(from: S, to: S): boolean;
  /** Throws the lifecycle's DomainError when the table does not allow `from → to`. */
  assert(from: S, to: S): void;
  isTerminal(state: S): boolean;
  /**
   * The states passed through from `from` to `to` along the table, shortest way (excluding `from`), or null when `to`
   * cannot be reached.
   */
  path(from: S, to: S): S[] | null;
}

/** A table that cannot describe a lifecycle; thrown when the module defining it loads, so it never reaches a write. */
export class LifecycleDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LifecycleDefinitionError';
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

function check<S extends string>(table: LifecycleTable<S>): void {
  const states = Object.keys(table.transitions) as S[];
  const known = new Set<string>(states);
  const fail = (why: string): never => {
    throw new LifecycleDefinitionError(`lifecycle ${table.error.code}: ${why}`);
  };
  if (table.initial.length === 0) fail('no initial state');
  for (const s of table.initial) if (!known.has(s)) fail(`initial state ${s} has no row`);
  for (const s of table.terminal) if (!known.has(s)) fail(`terminal state ${s} has no row`);
  for (const from of states) {
    const row = table.transitions[from];
    for (const to of row) {
      if (!known.has(to)) fail(`${from} → ${to}: ${to} has no row`);
      if (to === from) fail(`${from} → ${from}: a state does not move to itself`);
    }
    if (new Set(row).size !== row.length) fail(`${from} lists a target twice`);
    const terminal = table.terminal.includes(from);
    if (terminal && row.length > 0) fail(`terminal state ${from} has outgoing moves`);
    if (!terminal && row.length === 0) fail(`${from} has no outgoing moves but is not named terminal`);
  }
  const reached = new Set<S>(table.initial);
  const queue = [...table.initial];
  while (queue.length) {
    for (const next of table.transitions[queue.shift()!]) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  const unreachable = states.filter((s) => !reached.has(s));
  if (unreachable.length) fail(`unreachable from ${table.initial.join('/')}: ${unreachable.join(', ')}`);
}

/**
 * The one way a lifecycle is defined: the table is checked when defined (every state reachable from an initial one,
 * the terminal states named and without moves, no move to an unknown state), so a bad table fails at load rather
 * than at a write, and every status writer asks the same table.
 */
export function defineLifecycle<S extends string>(table: LifecycleTable<S>): Lifecycle<S> {
  check(table);
  const states = Object.keys(table.transitions) as S[];
  const can = (from: S, to: S): boolean => table.transitions[from]?.includes(to) ?? false;
  return {
    states,
    transitions: table.transitions,
    initial: table.initial,
    terminal: table.terminal,
    error: table.error,
    can,
    assert(from, to) {
      if (!can(from, to)) throw new DomainError(table.error.code, table.error.message);
    },
    isTerminal: (state) => table.terminal.includes(state),
    path(from, to) {
      const previous = new Map<S, S>();
      const queue: S[] = [from];
      while (queue.length) {
        const at = queue.shift()!;
        if (at === to && at !== from) break;
        for (const next of table.transitions[at] ?? []) {
          if (next === from || previous.has(next)) continue;
          previous.set(next, at);
          queue.push(next);
        }
      }
      if (!previous.has(to)) return null;
      const path: S[] = [];
      for (let at: S = to; at !== from; at = previous.get(at)!) path.unshift(at);
      return path;
    },
  };
}
