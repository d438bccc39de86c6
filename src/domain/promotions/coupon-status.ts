/** A coupon template is claimable and issuable while ACTIVE; staff may stop it (coupons already held stay usable). */
export type CouponTemplateStatus = 'ACTIVE' | 'STOPPED';
/** A user coupon is single-use: USED while locked to an order or verified at a counter. */
export type UserCouponStatus = 'UNUSED' | 'USED';
/** How the customer got the coupon: claimed in the coupon centre, issued by staff, or a reward (e.g. a sign-in streak). */
export type CouponSource = 'CLAIM' | 'ISSUE' | 'REWARD';
