import { DomainError } from '../shared/domain-error';

/** Daily sign-in: a base reward, plus a bonus on the streak days the merchant names (e.g. day 7: +20 and a coupon). */
export interface SignInRules {
  signInPoints: number;
  /** Bonus on reaching a streak length; a streak longer than the last bonus day keeps counting. */
  streakBonuses: Array<{ day: number; points: number; couponTemplateId?: string | null }>;
}

export interface SignInState {
  /** Shanghai calendar day ("YYYY-MM-DD") of the last sign-in, or null. */
  lastDay: string | null;
  streak: number;
}

/**
 * Today's sign-in, or null if the customer already signed in today (Beijing day). Signing in the day after the
 * last one continues the streak; any gap starts again at 1.
 */
export function signInToday(rules: SignInRules, state: SignInState, today: string): { streak: number; points: number; couponTemplateIds: string[] } | null {
  if (!Number.isSafeInteger(rules.signInPoints) || rules.signInPoints < 0 || rules.streakBonuses.some((b) => b.day < 1 || b.points < 0)) {
    throw new DomainError('POINTS.INVALID_RATE', '签到规则无效');
  }
  if (state.lastDay === today) return null;
  const streak = state.lastDay !== null && state.lastDay === previousDay(today) ? state.streak + 1 : 1;
  const reached = rules.streakBonuses.filter((b) => b.day === streak);
  const bonus = reached.reduce((a, b) => a + b.points, 0);
  const couponTemplateIds = reached.flatMap((b) => (b.couponTemplateId ? [b.couponTemplateId] : []));
  return { streak, points: rules.signInPoints + bonus, couponTemplateIds };
}

/** Whether a stored streak still counts today (signed in today or yesterday); otherwise it has lapsed to 0. */
export function currentStreak(state: SignInState, today: string): number {
  return state.lastDay === today || state.lastDay === previousDay(today) ? state.streak : 0;
}

export function previousDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(t)) throw new Error(`previousDay: not a day: ${day}`);
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}
