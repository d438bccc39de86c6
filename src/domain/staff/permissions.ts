/** Who a user is to the shop: the owner may do everything; staff what their permissions allow. */
export type Role = 'owner' | 'staff' | 'shopper';

/** What a staff member may do; an owner may do everything. */
export const PERMISSIONS = ['products', 'orders', 'distribution', 'finance', 'settings', 'marketing'] as const;
export type Permission = (typeof PERMISSIONS)[number];
