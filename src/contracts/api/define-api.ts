import type { z } from 'zod';
import type { Permission } from '../staff';

/**
 * Who may call an action, checked by the server's handler after the payload passed its schema and before the action
 * runs: a staff permission (an owner holds every one), 'owner' (no permission set grants it), or 'user' (any caller
 * the platform identified). Row-level rules (whose order, whose group) stay in the action.
 */
export type Access = Permission | 'owner' | 'user';

/** One action of a function's API: its payload schema, its result type (type only) and who may call it. */
export interface ActionSpec<S extends z.ZodType = z.ZodType, R = unknown, A extends Access = Access> {
  input: S;
  permission: A;
  /** Never read: carries the result type (write `returns<T>()`). */
  result: R;
  /**
   * The action checks `permission` itself, first thing, because it reads the caller together with other users in one
   * query (an operation budget); the handler then does not. Rare: prefer the handler's check.
   */
  checkedByAction?: true;
}

/** A cloud function's API: its deployed name and its actions by name. */
export interface Api<F extends string = string, M extends Record<string, ActionSpec> = Record<string, ActionSpec>> {
  fn: F;
  actions: M;
}

/**
 * How a function's API is written (one file per function in src/contracts/api/):
 *
 *   export const ordersApi = defineApi(ORDERS_FN, {
 *     getOrder: { input: ordersInputs.getOrder, result: returns<OrderDetailView>(), permission: 'user' },
 *   });
 *
 * The server's handler takes the map and one run per action (cloudfunctions/<fn>/handler.ts); the client calls it
 * through apiClient (src/services/call-function.ts); tests through rt.ok / rt.call; docs/actions.md and the
 * authorization matrix read it. A new action is one row here, its run in actions/, and its line in docs/actions.md.
 */
export function defineApi<F extends string, M extends Record<string, ActionSpec>>(fn: F, actions: M): Api<F, M> {
  return { fn, actions };
}

/** The result type of an action (a type marker: the value is never read). */
export function returns<R>(): R {
  return undefined as R;
}

export type ActionName<A extends Api> = keyof A['actions'] & string;
/** What the client sends (before the schema's defaults and transforms). */
export type PayloadIn<A extends Api, K extends ActionName<A>> = z.input<A['actions'][K]['input']>;
/** What the action's run receives (after the schema). */
export type PayloadOf<A extends Api, K extends ActionName<A>> = z.output<A['actions'][K]['input']>;
export type ResultOf<A extends Api, K extends ActionName<A>> = A['actions'][K]['result'];
/** Every action's result by name. */
export type ResultsOf<A extends Api> = { [K in ActionName<A>]: ResultOf<A, K> };
