import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import type { Page } from '../../../src/contracts/paging';
import type { AuditView } from '../../../src/contracts/staff';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';

/** Every audited admin write (who, what, before/after, when), newest first; optionally one actor's. */
export const listAuditLog = defineAction(staffAdminApi.actions.listAuditLog, async (ctx, input): Promise<Page<AuditView>> => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.auditLog, input.actorId ? { actorId: input.actorId } : {}, { skip, limit, orderBy: [{ field: 'at', direction: 'desc' }, { field: '_id', direction: 'asc' }] }),
    (a) => a,
  );
  const names = await nicknamesOf(ctx.store, page.items.map((a) => a.actorId));
  return {
    items: page.items.map((a) => ({ id: a._id, actorId: a.actorId, actorName: names.get(a.actorId) ?? a.actorId, action: a.action, target: a.target, before: a.before, after: a.after, at: a.at })),
    nextCursor: page.nextCursor,
  };
});
