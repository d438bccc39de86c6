import type { StampCardView } from '../../../../src/contracts/stamp-card';
import type { StampCardDoc } from '../../kernel/docs/marketing-docs';

export function toStampCardView(card: StampCardDoc, nowIso: string, rewardName: string): StampCardView {
  return {
    id: card.id,
    name: card.name,
    goal: card.goal,
    rewardTemplateId: card.rewardTemplateId,
    rewardName,
    productIds: card.productIds,
    perPickup: card.perPickup,
    counterMinFen: card.counterMinFen,
    startAt: card.startAt,
    endAt: card.endAt,
    running: card.startAt <= nowIso && nowIso < card.endAt,
  };
}
