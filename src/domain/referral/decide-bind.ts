/**
 * Whether a user opening a share gets bound to the sharer. Pure: the server loads the user's superior and the
 * sharer's whole upline, calls this, then writes the decision (and rebases the user's descendants' uplines).
 */

/** Merchant binding rules; only first-touch so far (protection period and override come with their issue). */
export type BindRule = 'FIRST_TOUCH';

export interface BindRequest {
  userId: string;
  currentSuperiorId: string | null;
  sharerId: string;
  /** The sharer's ancestors, nearest first, the WHOLE chain to the root (the cycle check needs all of it). */
  sharerUpline: readonly string[];
  rule: BindRule;
}

export type BindRefusalCode = 'REFERRAL.SELF' | 'REFERRAL.CYCLE' | 'REFERRAL.ALREADY_BOUND';

export type BindDecision =
  | { kind: 'BIND'; superiorId: string; /** the user's new whole upline, nearest first */ upline: string[] }
  | { kind: 'REFUSE'; code: BindRefusalCode; message: string };

const refuse = (code: BindRefusalCode, message: string): BindDecision => ({ kind: 'REFUSE', code, message });

export function decideBind(req: BindRequest): BindDecision {
  if (req.sharerId === req.userId) {
    return refuse('REFERRAL.SELF', '不能绑定自己为上级');
  }
  // The rule is checked before the cycle so a bound user always hears "already bound", the reason that matters.
  if (isBlockedByRule(req)) {
    return refuse('REFERRAL.ALREADY_BOUND', '已有上级，不能更换');
  }
  // A user with no superior can still be an ancestor of the sharer (a root of the sharer's tree), so the whole
  // upline is searched, not just the levels that earn commission.
  if (req.sharerUpline.includes(req.userId)) {
    return refuse('REFERRAL.CYCLE', '对方是你的下级，不能绑定为上级');
  }
  return { kind: 'BIND', superiorId: req.sharerId, upline: [req.sharerId, ...req.sharerUpline] };
}

function isBlockedByRule(req: BindRequest): boolean {
  switch (req.rule) {
    case 'FIRST_TOUCH':
      // First touch is permanent: once a superior is set it never changes.
      return req.currentSuperiorId !== null;
    default: {
      const unknown: never = req.rule;
      throw new Error(`unknown bind rule ${String(unknown)}`);
    }
  }
}
