import type { ApplicationView, BindingView, DistributorAdminView } from '../../src/contracts/distribution-admin';
import type { BindingDoc, DistributorDoc, UserDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

/** Users of a page by id (one read each: a page is at most 50). */
async function usersById(ops: DocOps, ids: readonly string[]): Promise<Map<string, UserDoc>> {
  const users = await Promise.all([...new Set(ids)].map((id) => ops.get(COLLECTIONS.users, id)));
  return new Map(users.filter((u): u is UserDoc => u !== null).map((u) => [u._id, u]));
}

export async function toDistributorAdminViews(ops: DocOps, docs: readonly DistributorDoc[]): Promise<DistributorAdminView[]> {
  const users = await usersById(ops, docs.map((d) => d._id));
  return docs.map((d) => ({
    userId: d._id,
    nickname: users.get(d._id)?.nickname ?? '',
    status: d.status,
    gradeId: d.gradeId ?? null,
    shopName: d.shopName,
    since: d.since,
    superiorId: users.get(d._id)?.superiorId ?? null,
    reviewNote: d.reviewNote ?? null,
  }));
}

export async function toDistributorAdminView(ops: DocOps, doc: DistributorDoc): Promise<DistributorAdminView> {
  const [view] = await toDistributorAdminViews(ops, [doc]);
  return view as DistributorAdminView;
}

export async function toApplicationViews(ops: DocOps, docs: readonly DistributorDoc[]): Promise<ApplicationView[]> {
  const users = await usersById(ops, docs.map((d) => d._id));
  return docs.flatMap((d) =>
    d.application
      ? [{
          userId: d._id,
          nickname: users.get(d._id)?.nickname ?? '',
          application: { realName: d.application.realName, phone: d.application.phone, reason: d.application.reason },
          appliedAt: d.application.appliedAt,
        }]
      : [],
  );
}

export function toBindingView(b: BindingDoc): BindingView {
  return {
    id: b._id,
    userId: b.userId,
    fromSuperiorId: b.fromSuperiorId,
    toSuperiorId: b.toSuperiorId,
    source: b.source,
    scene: b.scene,
    byStaffId: b.byStaffId ?? null,
    createdAt: b.createdAt,
  };
}
