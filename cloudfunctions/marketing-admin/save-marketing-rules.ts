import { failWith } from '../../src/domain/shared/domain-error';
import { MARKETING_ERRORS } from '../../src/contracts/marketing';
import { writeAudit } from '../shared/flows/auth/write-audit';
import type { UserContext } from '../shared/kernel/context';
import { getMarketingRules } from '../shared/flows/marketing/get-marketing-rules';
import type { MarketingRulesDoc } from '../shared/kernel/docs/marketing-docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';

/** Replaces part of the marketing rules document by compare-and-set on its version, audited in the same transaction. */
export async function saveMarketingRules(
  ctx: UserContext,
  action: string,
  expectedVersion: number,
  change: Partial<Pick<MarketingRulesDoc, 'points' | 'levels'>>,
): Promise<MarketingRulesDoc> {
  const nowIso = ctx.now.toISOString();
  return ctx.store.runTransaction(async (tx) => {
    const current = await getMarketingRules(tx);
    if (current.version !== expectedVersion) throw failWith(MARKETING_ERRORS.CHANGED, '规则已被修改，请刷新后重试');
    const next: MarketingRulesDoc = { ...current, ...change, version: current.version + 1, updatedBy: ctx.openid, updatedAt: nowIso };
    const { _id: _key, ...patch } = next;
    const written = current.version === 0 ? await tx.insert(COLLECTIONS.merchant, next) : await tx.update(COLLECTIONS.merchant, 'marketing', { version: current.version }, patch);
    if (!written) throw failWith(MARKETING_ERRORS.CHANGED, '规则已被修改，请刷新后重试');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action, target: 'marketing', before: current, after: next });
    return next;
  });
}
