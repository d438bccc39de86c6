import { stampCardProgress, stampLifecycle, stampsForPaidOrder } from '../../../../src/domain/stamps/stamp-card';
import type { OrderDoc } from '../../kernel/docs/docs';
import type { StampAccountDoc, StampCardDoc, StampDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import { moveStatus } from '../../kernel/store/move-status';
import type { DocOps } from '../../kernel/store/store';
import { grantCouponInTx } from '../marketing/grant-coupon';

export interface StampDraft {
  card: StampCardDoc;
  source: StampDoc['source'];
  ref: string;
}

export const stampId = (cardId: string, source: StampDoc['source'], ref: string) => `${cardId}:${source}:${ref}`;
export const stampAccountId = (cardId: string, userId: string) => `${cardId}:${userId}`;

/** The stamps a paid order earns on the running cards (pure: decided before the payment transaction). */
export function stampsOfPaidOrder(cards: readonly StampCardDoc[], order: Pick<OrderDoc, 'lines' | 'counter' | 'totalFen'>): StampDraft[] {
  return cards.flatMap((card) => stampsForPaidOrder(card, { lines: order.lines, counterPaidFen: order.counter ? order.totalFen : null }).map((s) => ({ card, source: s.source, ref: s.ref })));
}

/**
 * Gives stamps inside the caller's transaction: each stamp once (its id derives from the card and what earned it), the
 * shopper's card moved by compare-and-set on its version, and a reward coupon granted every time the active stamps
 * pass another multiple of the goal (request id `stamp-<card>-<n>`, so the n-th reward is granted once; one that
 * cannot be granted — the coupon stopped — waits and is granted with the next stamp).
 */
export async function awardStampsInTx(tx: DocOps, userId: string, orderId: string, drafts: readonly StampDraft[], nowIso: string): Promise<void> {
  const byCard = new Map<string, StampDraft[]>();
  for (const d of drafts) byCard.set(d.card.id, [...(byCard.get(d.card.id) ?? []), d]);
  for (const [cardId, cardDrafts] of byCard) {
    const card = cardDrafts[0]!.card;
    let added = 0;
    for (const d of cardDrafts) {
      const doc: StampDoc = { _id: stampId(cardId, d.source, d.ref), cardId, userId, orderId, source: d.source, status: 'ACTIVE', createdAt: nowIso, revokedAt: null };
      if (await tx.insert(COLLECTIONS.stamps, doc)) added += 1;
    }
    if (added === 0) continue;
    const account = (await tx.get(COLLECTIONS.stampAccounts, stampAccountId(cardId, userId))) ?? null;
    const active = (account?.active ?? 0) + added;
    let rewardsGranted = account?.rewardsGranted ?? 0;
    const rewardCouponIds = [...(account?.rewardCouponIds ?? [])];
    const { rewardsDue } = stampCardProgress(card.goal, active, rewardsGranted);
    for (let i = 0; i < rewardsDue; i += 1) {
      const grant = await grantCouponInTx(tx, { templateId: card.rewardTemplateId, userId, requestId: `stamp-${cardId}-${rewardsGranted + 1}`, source: 'REWARD', nowIso });
      if (!grant.ok) break;
      rewardsGranted += 1;
      rewardCouponIds.push(grant.coupon._id);
    }
    await writeAccount(tx, account, { _id: stampAccountId(cardId, userId), cardId, userId, active, rewardsGranted, rewardCouponIds, version: (account?.version ?? 0) + 1, updatedAt: nowIso });
  }
}

/**
 * Takes stamps back (their money was refunded) inside the caller's transaction: each ACTIVE stamp goes REVOKED by
 * compare-and-set (once), and its card's active count goes down. Rewards already granted are not taken back: the
 * card then owes those stamps (src/domain/stamps/stamp-card.ts).
 */
export async function revokeStampsInTx(tx: DocOps, ids: readonly string[], nowIso: string): Promise<void> {
  const revoked = new Map<string, { userId: string; count: number }>();
  for (const id of ids) {
    const stamp = await tx.get(COLLECTIONS.stamps, id);
    if (!stamp || stamp.status !== 'ACTIVE') continue;
    if (!(await moveStatus(tx, { collection: COLLECTIONS.stamps, id, lifecycle: stampLifecycle, from: 'ACTIVE', to: 'REVOKED', patch: { revokedAt: nowIso } }))) continue;
    const key = stampAccountId(stamp.cardId, stamp.userId);
    revoked.set(key, { userId: stamp.userId, count: (revoked.get(key)?.count ?? 0) + 1 });
  }
  for (const [accountId, { count }] of revoked) {
    const account = await tx.get(COLLECTIONS.stampAccounts, accountId);
    if (!account) continue;
    await writeAccount(tx, account, { ...account, active: account.active - count, version: account.version + 1, updatedAt: nowIso });
  }
}

async function writeAccount(tx: DocOps, before: StampAccountDoc | null, next: StampAccountDoc): Promise<void> {
  const ok = before
    ? await tx.update(COLLECTIONS.stampAccounts, before._id, { version: before.version }, { active: next.active, rewardsGranted: next.rewardsGranted, rewardCouponIds: next.rewardCouponIds, version: next.version, updatedAt: next.updatedAt })
    : await tx.insert(COLLECTIONS.stampAccounts, next);
  // Losing the race re-runs the whole transaction (or fails it): a half-counted card is never written.
  if (!ok) throw new Error(`stamp account ${next._id} changed meanwhile`);
}
