import { randomUUID } from 'node:crypto';
import type { AuditDoc } from '../../kernel/docs/docs';
import type { FunctionContext } from '../../kernel/context';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/** Records a staff action with the document before and after; pass the transaction so it commits with the change. */
export async function writeAudit(
  ops: DocOps,
  ctx: Pick<FunctionContext, 'now' | 'requestId'>,
  entry: { actorId: string; action: string; target: string; before: unknown; after: unknown },
): Promise<void> {
  // The request id makes a re-run transaction write the same record, not a second one.
  const doc: AuditDoc = { _id: `${ctx.requestId}:${entry.action}:${entry.target}`.slice(0, 128) || randomUUID(), ...entry, at: ctx.now.toISOString() };
  await ops.insert(COLLECTIONS.auditLog, doc);
}
