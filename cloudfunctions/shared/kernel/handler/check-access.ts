import type { Access } from '../../../../src/contracts/api/define-api';
import { requireOwner } from '../auth/require-owner';
import { requirePermission } from '../auth/require-permission';
import type { UserContext } from '../context';

/** The map's permission of an action, checked before it runs: any identified caller for 'user'. */
export async function checkAccess(ctx: UserContext, access: Access): Promise<void> {
  if (access === 'user') return;
  if (access === 'owner') await requireOwner(ctx);
  else await requirePermission(ctx, access);
}
