import { catalogApi } from '../../../src/contracts/api/catalog';
import type { OfficialAccountView } from '../../../src/contracts/official-account';
import { readOfficialAccount } from '../../shared/flows/merchant/official-account';
import { defineAction } from '../../shared/kernel/handler/define-action';

/** 关注公众号: whether a scan-opened page shows the follow block, and the account's name and QR image (H5). */
export const getFollowInfo = defineAction(catalogApi.actions.getFollowInfo, async (ctx): Promise<OfficialAccountView> => readOfficialAccount(ctx.store));
