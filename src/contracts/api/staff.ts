import { defineApi, returns, type ResultsOf } from './define-api';
import { staffInputs } from '../staff-inputs';
import type { AdminTodoView } from '../staff';
import { STAFF_FN, type MyRole } from '../staff';

/** The staff function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const staffApi = defineApi(STAFF_FN, {
  getMyRole: { input: staffInputs.getMyRole, result: returns<MyRole>(), permission: 'user' },
  redeemInvite: { input: staffInputs.redeemInvite, result: returns<MyRole>(), permission: 'user' },
  getAdminTodo: { input: staffInputs.getAdminTodo, result: returns<AdminTodoView>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type StaffResults = ResultsOf<typeof staffApi>;
