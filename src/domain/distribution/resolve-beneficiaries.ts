import type { LevelCount } from './distribution-policy';
import { earnsCommission, type DistributorStatus } from './distributor-lifecycle';

/** What the server knows, at payment, about one person in the chain (the buyer included for self-purchase). */
export interface AncestorEligibility {
  /** null = never was a distributor */
  status: DistributorStatus | null;
  /**
   * The binding that links this ancestor to the person directly below them in the chain (for the buyer's superior:
   * the buyer's own binding) has lapsed (see isBindingActive). That person no longer counts as this ancestor's
   * customer, so this ancestor and everyone above them are not the buyer's ancestors any more.
   */
  bindingLapsed?: boolean;
}

export type SkipReason =
  /** The chain is shorter than this level. */
  | 'NO_ANCESTOR'
  /** Never a distributor, an applicant, or a rejected applicant. */
  | 'NOT_DISTRIBUTOR'
  | 'REVOKED'
  /** A binding at or below this level has lapsed. */
  | 'BINDING_LAPSED';

export type LevelBeneficiary =
  | { level: number; beneficiaryId: string }
  | { level: number; skipped: SkipReason; /** who would have earned, for their "why didn't I earn" view */ candidateId: string | null };

/**
 * Who earns each commission level of an order. Levels are positions in the chain, never compressed: when an
 * ancestor is ineligible their level is recorded as skipped and the next ancestor still takes only their own level
 * (compression would pay someone a rate meant for a closer relationship).
 * With self-purchase on and the buyer an earning distributor (active or frozen), the buyer is level 1 and the chain
 * shifts up: their superior is level 2, and so on (CRMEB is_self_brokerage, 人人商城 分销内购).
 */
export function resolveBeneficiaries(input: {
  buyerId: string;
  /** The buyer's ancestors at payment, nearest first (snapshot). */
  upline: readonly string[];
  levels: LevelCount;
  selfPurchase: boolean;
  /** Missing people count as `{ status: null }`. */
  eligibility: Readonly<Record<string, AncestorEligibility>>;
}): LevelBeneficiary[] {
  const { buyerId, upline, levels, selfPurchase, eligibility } = input;
  if (upline.includes(buyerId)) throw new Error('resolveBeneficiaries: the buyer is in their own upline');
  const lookup = (id: string): AncestorEligibility =>
    Object.prototype.hasOwnProperty.call(eligibility, id) ? (eligibility[id] ?? { status: null }) : { status: null };

  const buyerEarns = selfPurchase && earnsCommission(lookup(buyerId).status);
  // A self-purchasing buyer needs no binding to themself, so the lapse flags still belong to the upline only.
  const chain = buyerEarns ? [buyerId, ...upline] : [...upline];

  const out: LevelBeneficiary[] = [];
  let cut = false;
  for (let level = 1; level <= levels; level++) {
    const candidateId = chain[level - 1];
    if (candidateId === undefined) {
      out.push({ level, skipped: 'NO_ANCESTOR', candidateId: null });
      continue;
    }
    const who = lookup(candidateId);
    const isBuyer = buyerEarns && level === 1;
    if (!isBuyer && who.bindingLapsed === true) cut = true;
    if (cut) out.push({ level, skipped: 'BINDING_LAPSED', candidateId });
    else if (who.status === 'REVOKED') out.push({ level, skipped: 'REVOKED', candidateId });
    else if (!earnsCommission(who.status)) out.push({ level, skipped: 'NOT_DISTRIBUTOR', candidateId });
    else out.push({ level, beneficiaryId: candidateId });
  }
  return out;
}
