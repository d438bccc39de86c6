import { settingsAdminApi } from '../../../src/contracts/api/settings-admin';
import type { OfficialAccountView } from '../../../src/contracts/official-account';
import { readOfficialAccount } from '../../shared/flows/merchant/official-account';
import { defineAction } from '../../shared/kernel/handler/define-action';

export const getOfficialAccount = defineAction(settingsAdminApi.actions.getOfficialAccount, async (ctx): Promise<OfficialAccountView> => {
  return readOfficialAccount(ctx.store);
});
