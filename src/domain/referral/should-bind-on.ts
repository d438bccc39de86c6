import type { BindTrigger } from '../distribution/distribution-policy';

/** The moments a binding can be decided. */
export type BindEvent = 'OPEN' | 'FIRST_ORDER';

/**
 * Whether this event decides the binding under the merchant's trigger. With OPEN (default) opening a code or share
 * card binds at once. With FIRST_ORDER an open only records the touch (the caller keeps the latest one), and the
 * user's first order binds them to the last sharer they opened before ordering (人人商城's example: B opened A's
 * link, later C's, then ordered → B's superior is C). Later orders never bind.
 */
export function shouldBindOn(trigger: BindTrigger, event: BindEvent): boolean {
  return trigger === event;
}
