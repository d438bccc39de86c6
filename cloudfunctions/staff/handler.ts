import { staffApi } from '../../src/contracts/api/staff';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getAdminTodo } from './actions/get-admin-todo';
import { getMyRole } from './actions/get-my-role';
import { redeemInvite } from './actions/redeem-invite';

/** 店员身份 (everyone): the caller's role and permissions; redeem a staff invitation. */
export const staffHandler = createHandler(staffApi, { getMyRole, redeemInvite, getAdminTodo });
