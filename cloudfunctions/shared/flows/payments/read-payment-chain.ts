import type { DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import type { AncestorEligibility } from '../../../../src/domain/distribution/resolve-beneficiaries';
import { bindingLapsesAtMs, isBindingActive } from '../../../../src/domain/referral/is-binding-active';
import type { DistributorDoc, UserDoc } from '../../kernel/docs/docs';
import { walkUpline } from '../referral/sharer-chain';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

export interface PaymentChain {
  buyer: UserDoc | null;
  upline: readonly string[];
  eligibility: Record<string, AncestorEligibility>;
  gradeOf: Record<string, string | null>;
  /** The status of anyone whose distributor record was read (chain and `alsoDistributors`); undefined if not read. */
  statusOf: (userId: string) => DistributorDoc['status'] | null | undefined;
}

/**
 * What payment needs to know about the buyer and the ancestors who could earn — distributor status and grade, and
 * whether each binding on the way up has lapsed — read before the paying transaction, in at most three reads: the
 * buyer, every distributor record of the chain (and of the order's regional agent) in one query, and (only under a
 * binding rule that lapses) the ancestors' own bindings in one query. A freeze landing in the same millisecond may
 * miss this order, as it would have had the order been paid a moment earlier.
 *
 * The buyer's stored upline lags behind a move of one of their ancestors until that move's team rewrite has reached
 * them (upline-rewrite-jobs). So the caller passes the users whose rewrite is pending (pendingUplineMovers, read with
 * the policy): when one is an ancestor on the stored upline, the chain is walked by the superior pointers instead (a
 * read per ancestor, only then), and payment never pays a stale chain.
 */
export async function readPaymentChain(
  store: Store,
  buyerId: string,
  policy: DistributionPolicy,
  nowIso: string,
  movers: ReadonlySet<string>,
  alsoDistributors: readonly string[] = [],
): Promise<PaymentChain> {
  const buyer = await store.get(COLLECTIONS.users, buyerId);
  const walked = buyer && buyer.upline.some((id) => movers.has(id)) ? await walkUpline(store, buyer) : null;
  const upline = walked?.upline ?? buyer?.upline ?? [];
  const ancestors = upline.slice(0, policy.levels);
  const ids = [buyerId, ...ancestors];
  const queried = [...new Set([...ids, ...alsoDistributors])];
  const distributors = await store.find(COLLECTIONS.distributors, { _id: { $in: queried } }, { limit: queried.length });
  const distributorOf = new Map(distributors.map((d) => [d._id, d]));

  // Ancestor k's binding to ancestor k+1 only matters when bindings lapse; the buyer's own is on the buyer.
  const lapses = buyer?.boundAt ? bindingLapsesAtMs(policy.binding.rule, buyer.boundAt) !== null : false;
  const intermediates = lapses ? ancestors.slice(0, -1) : [];
  const users = walked ? walked.ancestors : intermediates.length ? await store.find(COLLECTIONS.users, { _id: { $in: intermediates } }, { limit: intermediates.length }) : [];
  const userOf = new Map<string, UserDoc>(users.map((u) => [u._id, u]));
  if (buyer) userOf.set(buyerId, buyer);

  const eligibility: Record<string, AncestorEligibility> = {};
  const gradeOf: Record<string, string | null> = {};
  let below: string = buyerId;
  for (const id of ids) {
    const distributor = distributorOf.get(id);
    gradeOf[id] = distributor?.gradeId ?? null;
    const boundAt = id === buyerId ? null : userOf.get(below)?.boundAt;
    const bindingLapsed = boundAt ? !isBindingActive({ rule: policy.binding.rule, boundAt, now: nowIso }) : false;
    eligibility[id] = { status: distributor?.status ?? null, bindingLapsed };
    below = id;
  }
  const statusOf = (userId: string) => (queried.includes(userId) ? (distributorOf.get(userId)?.status ?? null) : undefined);
  return { buyer, upline, eligibility, gradeOf, statusOf };
}
