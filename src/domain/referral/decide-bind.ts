/**
 * Whether a user opening a share gets bound to the sharer. Pure: the server loads the user's superior and the
 * sharer's whole upline, calls this, then writes the decision (and rebases the user's descendants' uplines).
 */
import { addDaysMs, toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { BindRule } from './bind-rule';
import { isBindingActive } from './is-binding-active';


export interface BindRequest {
  userId: string;
  currentSuperiorId: string | null;
  sharerId: string;
  /** The sharer's ancestors, nearest first, the WHOLE chain to the root (the cycle check needs all of it). */
  sharerUpline: readonly string[];
  rule: BindRule;
  /** When the current binding was made. Required by PROTECTED for a user who has a superior. */
  boundAt?: Instant | null;
  /** The caller's clock (the domain has none). Required by PROTECTED for a user who has a superior. */
  now?: Instant;
  /** The merchant's "only new users can be bound"; `isNewUser` is then required and is the caller's judgement. */
  onlyNewUsers?: boolean;
  isNewUser?: boolean;
}

export type BindRefusalCode =
  | 'REFERRAL.SELF'
  | 'REFERRAL.CYCLE'
  | 'REFERRAL.ALREADY_BOUND'
  | 'REFERRAL.PROTECTED'
  | 'REFERRAL.NOT_NEW_USER';

export type BindDecision =
  | {
      kind: 'BIND';
      superiorId: string;
      /** the user's new whole upline, nearest first */
      upline: string[];
      /** Set only when this replaces a superior (override, or after protection / validity): the "from" of the record. */
      replacesSuperiorId?: string;
    }
  | { kind: 'REFUSE'; code: BindRefusalCode; message: string };

const refuse = (code: BindRefusalCode, message: string): BindDecision => ({ kind: 'REFUSE', code, message });

export function decideBind(req: BindRequest): BindDecision {
  if (req.sharerId === req.userId) {
    return refuse('REFERRAL.SELF', '不能绑定自己为上级');
  }
  // The rule is checked before the cycle so a bound user always hears "already bound", the reason that matters.
  const blocked = blockedByRule(req);
  if (blocked) return blocked;
  if (req.onlyNewUsers === true) {
    if (req.isNewUser === undefined) throw new Error('decideBind: onlyNewUsers needs isNewUser from the caller');
    if (!req.isNewUser) return refuse('REFERRAL.NOT_NEW_USER', '仅新用户可以绑定上级');
  }
  // A user with no superior can still be an ancestor of the sharer (a root of the sharer's tree), so the whole
  // upline is searched, not just the levels that earn commission.
  if (req.sharerUpline.includes(req.userId)) {
    return refuse('REFERRAL.CYCLE', '对方是你的下级，不能绑定为上级');
  }
  const upline = [req.sharerId, ...req.sharerUpline];
  return req.currentSuperiorId === null
    ? { kind: 'BIND', superiorId: req.sharerId, upline }
    : { kind: 'BIND', superiorId: req.sharerId, upline, replacesSuperiorId: req.currentSuperiorId };
}

function blockedByRule(req: BindRequest): BindDecision | null {
  const current = req.currentSuperiorId;
  if (current === null) return null;
  const rule = req.rule;
  if (rule === 'FIRST_TOUCH') {
    // First touch is permanent: once a superior is set it never changes.
    return refuse('REFERRAL.ALREADY_BOUND', '已有上级，不能更换');
  }
  if (rule === 'ALWAYS_OVERRIDE') {
    // The latest share wins; the same sharer again changes nothing.
    return current === req.sharerId ? refuse('REFERRAL.ALREADY_BOUND', '已有上级，不能更换') : null;
  }
  if (rule.kind !== 'PROTECTED') {
    throw new Error(`unknown bind rule ${JSON.stringify(rule)}`);
  }
  if (req.boundAt == null || req.now === undefined) {
    throw new Error('decideBind: the PROTECTED rule needs boundAt and now for a bound user');
  }
  // A lapsed binding counts as none: anyone may bind the user again, the old superior included (a fresh binding).
  if (!isBindingActive({ rule, boundAt: req.boundAt, now: req.now })) return null;
  if (toEpochMs(req.now) < addDaysMs(req.boundAt, rule.protectionDays)) {
    return refuse('REFERRAL.PROTECTED', '你与当前推荐人的绑定仍在保护期内，暂不能更换');
  }
  return current === req.sharerId ? refuse('REFERRAL.ALREADY_BOUND', '已有上级，不能更换') : null;
}
