import type { DistributorDoc, UserDoc } from '../shared/kernel/docs/docs';
import { maskNickname } from '../shared/flows/users/mask-nickname';

/** How a sharer is shown to the person who opened their code: the shop name, else a masked nickname. */
export function sharerName(distributor: DistributorDoc | null, user: UserDoc | null): string {
  return distributor?.shopName ?? maskNickname(user?.nickname ?? '好友');
}
