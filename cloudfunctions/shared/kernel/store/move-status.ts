import type { Lifecycle } from '../../../../src/domain/shared/define-lifecycle';
import type { CollectionName, DocOps, Filter, Patch, Scalar } from './store';

/** One status move of one document, as moveStatus writes it. */
export interface StatusMove<S extends string> {
  collection: CollectionName;
  id: string;
  /** The table the move must be allowed by (a lifecycle, or a narrowed view of one such as an entry kind's). */
  lifecycle: Pick<Lifecycle<S>, 'assert' | 'initial'>;
  /** The status the caller read; the write applies only while the document still holds it. */
  from: S;
  /**
   * The status to write, which the table must allow from `from` (a state never moves to itself). Omitted, nothing
   * moves: the other fields are written under the same guard.
   */
  to?: S | undefined;
  /** States passed through on the way, each step checked against the table (a pickup is shipped and received at once). */
  via?: readonly S[];
  /**
   * A fresh record written over an ended one under the same id (a re-admitted distributor): no move is checked from
   * `from`, but `to` must be a state the lifecycle starts in.
   */
  replace?: boolean;
  /** Further compare-and-set conditions besides the status (a version, a counter the write depends on). */
  expected?: Filter;
  /** The other fields written in the same update; never the status field itself. */
  patch?: object;
  /** The status field, when a collection names it otherwise (payment alerts keep `state`). */
  field?: string;
  /** How the store holds `from`, when not as itself (an OPEN payment alert has no stored state). */
  storedFrom?: Scalar;
}

/**
 * The only writer of a stored status field after a document is created. It refuses (throwing the lifecycle's
 * DomainError) a move the table does not allow, and writes by compare-and-set on the status read, in the same single
 * update as the rest of the change, so it costs no extra store operation. Answers false, writing nothing, when the
 * document moved meanwhile (or fails `expected`): the caller decides whether that is a conflict or a no-op.
 */
export async function moveStatus<S extends string>(ops: Pick<DocOps, 'update'>, move: StatusMove<S>): Promise<boolean> {
  const field = move.field ?? 'status';
  if (move.patch && field in move.patch) throw new Error(`moveStatus: the patch for ${move.collection}/${move.id} carries ${field}; pass it as \`to\``);
  const to = move.to;
  if (to === undefined) {
    if (move.via?.length || move.replace) throw new Error(`moveStatus: ${move.collection}/${move.id} has steps but no status to move to`);
  } else if (move.replace) {
    if (!move.lifecycle.initial.includes(to)) throw new Error(`moveStatus: ${move.collection}/${move.id} cannot start again in ${to}`);
  } else {
    let at = move.from;
    for (const next of [...(move.via ?? []), to]) {
      move.lifecycle.assert(at, next);
      at = next;
    }
  }
  const stored = move.storedFrom === undefined ? move.from : move.storedFrom;
  const expected: Filter = { ...move.expected, [field]: stored };
  const patch: Patch = to === undefined ? { ...move.patch } : { ...move.patch, [field]: to };
  return ops.update(move.collection, move.id, expected, patch);
}
