import { PERMISSIONS, type MyRole } from '../../../../src/contracts/staff';
import type { UserDoc } from '../../kernel/docs/docs';

export function toMyRole(user: UserDoc): MyRole {
  const permissions = user.role === 'owner' ? [...PERMISSIONS] : user.role === 'staff' ? [...(user.permissions ?? [])] : [];
  return { role: user.role, permissions, nickname: user.nickname };
}
