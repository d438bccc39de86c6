/** A 拼团 group: open for members, full (waiting for their payments to settle), succeeded, or expired (refunded). */
export type GroupStatus = 'OPEN' | 'FULL' | 'SUCCEEDED' | 'EXPIRED';

/** A 砍价 bargain: open for helps, at its floor price, bought by its starter, or expired. */
export type BargainStatus = 'OPEN' | 'FLOORED' | 'BOUGHT' | 'EXPIRED';

/** A 找人代付 request: open until a friend's payment lands, or closed with its order. */
export type PayRequestStatus = 'OPEN' | 'PAID' | 'CLOSED';
