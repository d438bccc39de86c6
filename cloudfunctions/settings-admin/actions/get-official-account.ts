import type { OfficialAccountView } from '../../../src/contracts/official-account';
import { officialAccountInputs } from '../../../src/contracts/official-account';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { readOfficialAccount } from '../../shared/flows/merchant/official-account';
import { defineAction } from '../../shared/kernel/handler/define-action';

export const getOfficialAccount = defineAction(officialAccountInputs.getOfficialAccount, async (ctx): Promise<OfficialAccountView> => {
  await requirePermission(ctx, 'settings');
  return readOfficialAccount(ctx.store);
});
