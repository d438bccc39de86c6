import { shanghaiDay } from '../shared/shanghai-day';

/**
 * The shop's statistics as one document per Beijing day, kept by increments in the transactions of the events they
 * count (pay, refund, settle, payout, a new user, a distributor admitted or let go), so a report reads a month of
 * days, not a month of orders.
 *
 * Two kinds of figure live on a day:
 * - figures OF that day: orders paid that day (count, amount, refunds made on them since, units and amount per
 *   product), commission entries created that day per beneficiary (net of reversed ones), users created and
 *   distributors admitted (still earning) that day;
 * - money that MOVED that day: into pending commission, into settled commission, out as paid withdrawals. Summed over
 *   every day they give today's totals; days older than any report are folded into one totals document.
 */
export interface DayFigures {
  paidOrders: number;
  grossFen: number;
  refundedFen: number;
  newShoppers: number;
  newDistributors: number;
  /** By product id: units and paid amount of the lines paid that day, and the title they were sold under. */
  products: Record<string, { units: number; amountFen: number; title?: string }>;
  /** By beneficiary id: commission entries created that day, REVERSED ones left out. */
  earned: Record<string, number>;
  pendingDeltaFen: number;
  settledDeltaFen: number;
  withdrawnDeltaFen: number;
}

export type DayDelta = Partial<DayFigures>;
/** Changes to the figures, by Beijing day. */
export type StatsDelta = Map<string, DayDelta>;

export const MONEY_MOVED_FIELDS = ['pendingDeltaFen', 'settledDeltaFen', 'withdrawnDeltaFen'] as const;
const COUNTED_FIELDS = ['paidOrders', 'grossFen', 'refundedFen', 'newShoppers', 'newDistributors', ...MONEY_MOVED_FIELDS] as const;

export function emptyDayFigures(): DayFigures {
  return { paidOrders: 0, grossFen: 0, refundedFen: 0, newShoppers: 0, newDistributors: 0, products: {}, earned: {}, pendingDeltaFen: 0, settledDeltaFen: 0, withdrawnDeltaFen: 0 };
}

/** Adds `part` to `delta`'s day (in place); returns `delta`. */
export function addToDay(delta: StatsDelta, day: string, part: DayDelta, sign = 1): StatsDelta {
  const into = delta.get(day) ?? {};
  for (const field of COUNTED_FIELDS) {
    const value = part[field];
    if (value) into[field] = (into[field] ?? 0) + sign * value;
  }
  for (const [productId, p] of Object.entries(part.products ?? {})) {
    const row = (into.products ??= {})[productId] ?? { units: 0, amountFen: 0 };
    row.units += sign * p.units;
    row.amountFen += sign * p.amountFen;
    if (p.title !== undefined && sign > 0) row.title = p.title;
    into.products[productId] = row;
  }
  for (const [userId, fen] of Object.entries(part.earned ?? {})) (into.earned ??= {})[userId] = (into.earned[userId] ?? 0) + sign * fen;
  delta.set(day, into);
  return delta;
}

/** `after` − `before`, day by day: what an event changed. Titles are not part of a difference. */
export function diffStats(after: StatsDelta, before: StatsDelta): StatsDelta {
  const out: StatsDelta = new Map();
  for (const [day, part] of after) addToDay(out, day, withoutTitles(part));
  for (const [day, part] of before) addToDay(out, day, withoutTitles(part), -1);
  return withoutZeros(out);
}

/** The same changes with every zero dropped, and days left with nothing dropped. */
export function withoutZeros(delta: StatsDelta): StatsDelta {
  const out: StatsDelta = new Map();
  for (const [day, part] of delta) {
    const kept: DayDelta = {};
    for (const field of COUNTED_FIELDS) if (part[field]) kept[field] = part[field];
    const products = Object.entries(part.products ?? {}).filter(([, p]) => p.units || p.amountFen);
    if (products.length) kept.products = Object.fromEntries(products);
    const earned = Object.entries(part.earned ?? {}).filter(([, fen]) => fen);
    if (earned.length) kept.earned = Object.fromEntries(earned);
    if (Object.keys(kept).length) out.set(day, kept);
  }
  return out;
}

function withoutTitles(part: DayDelta): DayDelta {
  if (!part.products) return part;
  return { ...part, products: Object.fromEntries(Object.entries(part.products).map(([id, p]) => [id, { units: p.units, amountFen: p.amountFen }])) };
}

export interface OrderFacts {
  paidAt: string | null;
  totalFen: number;
  lines: ReadonlyArray<{ lineId: string; productId: string; title: string; quantity: number; amountFen: number }>;
  afterSale?: Readonly<Record<string, { refundedFen: number }>>;
}

export interface EntryFacts {
  beneficiaryId: string;
  amountFen: number;
  status: 'PENDING' | 'SETTLED' | 'WITHDRAWN' | 'REVERSED';
  createdAt: string;
}

/**
 * Everything one order adds to the statistics as it stands: on its paid day the order, its refunds so far and its
 * lines; each of its commission entries on the day it was created (unless REVERSED); and its pending and settled
 * commission as money moved on `eventDay`. An event's change is the difference of this before and after it
 * (diffStats), so what is kept incrementally always equals a recount of the orders.
 */
export function orderContribution(order: OrderFacts, entries: readonly EntryFacts[], eventDay: string): StatsDelta {
  const delta: StatsDelta = new Map();
  if (!order.paidAt) return delta;
  const refundedFen = Object.values(order.afterSale ?? {}).reduce((sum, a) => sum + a.refundedFen, 0);
  const products: DayFigures['products'] = {};
  for (const l of order.lines) {
    const row = products[l.productId] ?? { units: 0, amountFen: 0, title: l.title };
    products[l.productId] = { units: row.units + l.quantity, amountFen: row.amountFen + l.amountFen, title: l.title };
  }
  addToDay(delta, shanghaiDay(order.paidAt), { paidOrders: 1, grossFen: order.totalFen, refundedFen, products });
  for (const e of entries) {
    if (e.status === 'REVERSED') continue;
    addToDay(delta, shanghaiDay(e.createdAt), { earned: { [e.beneficiaryId]: e.amountFen } });
    addToDay(delta, eventDay, e.status === 'PENDING' ? { pendingDeltaFen: e.amountFen } : { settledDeltaFen: e.amountFen });
  }
  return withoutZeros(delta);
}

/** A distributor counts on the day they were admitted while they can earn (active or frozen). */
export function distributorContribution(d: { status: string; since: string } | null): StatsDelta {
  const delta: StatsDelta = new Map();
  if (d && (d.status === 'ACTIVE' || d.status === 'FROZEN')) addToDay(delta, shanghaiDay(d.since), { newDistributors: 1 });
  return delta;
}

/**
 * A figure name for a nested map key: ids never hold '.', but a stored field path must not split on one or start
 * with '$', so those (and '%') are escaped.
 */
export function statKey(id: string): string {
  return id.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function fromStatKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * One day's changes as an increment: numeric fields by dot path (products.<key>.units, earned.<key>) and the titles
 * to set alongside.
 */
export function toIncrement(part: DayDelta): { delta: Record<string, number>; set: Record<string, string> } {
  const delta: Record<string, number> = {};
  const set: Record<string, string> = {};
  for (const field of COUNTED_FIELDS) if (part[field]) delta[field] = part[field] as number;
  for (const [productId, p] of Object.entries(part.products ?? {})) {
    const key = statKey(productId);
    if (p.units) delta[`products.${key}.units`] = p.units;
    if (p.amountFen) delta[`products.${key}.amountFen`] = p.amountFen;
    if (p.title !== undefined) set[`products.${key}.title`] = p.title;
  }
  for (const [userId, fen] of Object.entries(part.earned ?? {})) if (fen) delta[`earned.${statKey(userId)}`] = fen;
  return { delta, set };
}
