import { DEFAULT_MEMBER_LEVEL, type CustomerDetailView, type CustomerView } from '../../src/contracts/customer-admin';
import { toFen } from '../../src/domain/money/fen';
import { memberLevelFor, type MemberLevel } from '../../src/domain/promotions/member-level';
import { getMarketingRules } from '../shared/flows/marketing/get-marketing-rules';
import type { Store } from '../shared/kernel/store/store';
import { nicknamesInChunks } from '../shared/flows/exports/nicknames-in-chunks';
import type { CustomerRecord } from './customer-source';

/** List rows, with superiors' nicknames read in one go. */
export async function toCustomerViews(store: Store, records: readonly CustomerRecord[]): Promise<CustomerView[]> {
  const [names, { levels }] = await Promise.all([nicknamesInChunks(store, records.map((r) => r.user.superiorId)), getMarketingRules(store)]);
  return records.map((r) => toCustomerView(r, names, levels));
}

/** The member level is the one the customer's spend reaches under the merchant's levels (营销 → 会员等级). */
export function toCustomerView({ user, stats, profile }: CustomerRecord, names: ReadonlyMap<string, string>, levels: readonly MemberLevel[]): CustomerView {
  return {
    userId: user._id,
    nickname: user.nickname,
    level: memberLevelFor(levels, stats?.spendFen ?? toFen(0))?.name ?? DEFAULT_MEMBER_LEVEL,
    spendFen: stats?.spendFen ?? toFen(0),
    paidOrderCount: stats?.paidOrderCount ?? 0,
    lastSeenAt: user.lastSeenAt ?? null,
    superiorId: user.superiorId,
    superiorNickname: user.superiorId ? (names.get(user.superiorId) ?? null) : null,
    boundStore: null,
    tags: profile?.tags ?? [],
    createdAt: user.createdAt,
  };
}

export async function toCustomerDetailView(store: Store, record: CustomerRecord): Promise<CustomerDetailView> {
  const notes = record.profile?.notes ?? [];
  const [names, { levels }] = await Promise.all([nicknamesInChunks(store, [record.user.superiorId, ...notes.map((n) => n.by)]), getMarketingRules(store)]);
  return {
    ...toCustomerView(record, names, levels),
    notes: [...notes].reverse().map((n) => ({ id: n.id, text: n.text, byNickname: names.get(n.by) ?? n.by, at: n.at })),
    version: record.profile?.version ?? 0,
  };
}
