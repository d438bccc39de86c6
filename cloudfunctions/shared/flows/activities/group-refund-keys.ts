/**
 * The refund keys (part of each out_refund_no) of a 拼团 order's automatic refund: a member of a group that expired
 * is refunded under `expired`, a payer the group could not take (full, expired, gone) under `refused`. The two sets
 * never meet (a refused order is never in the group's memberOrderIds), so membership alone picks the key on a re-run.
 */
export const GROUP_REFUND_KEYS = { expired: 'group-expired', refused: 'group-refused' } as const;
