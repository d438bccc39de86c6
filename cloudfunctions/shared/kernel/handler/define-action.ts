import type { z } from 'zod';
import type { ActionSpec, Api } from '../../../../src/contracts/api/define-api';
import type { FunctionContext, UserContext } from '../context';

/**
 * What one action does, typed by its row in the function's API map (src/contracts/api/<fn>.ts): `run` receives a
 * payload that already passed the schema, from a caller the handler already let through the row's permission, and
 * must answer the row's result type.
 */
export type ActionRun<S extends ActionSpec = ActionSpec> = (ctx: UserContext, payload: z.output<S['input']>) => Promise<S['result']>;

export function defineAction<S extends ActionSpec>(_spec: S, run: ActionRun<S>): ActionRun<S> {
  return run;
}

/** One run per action of the map: a missing or extra action does not compile. */
export type ActionRuns<A extends Api> = { [K in keyof A['actions']]: ActionRun<A['actions'][K]> };

/** A deployed function's entry: event in, envelope (or pay-notify reply) out. */
export type FunctionHandler = (event: unknown, ctx: FunctionContext) => Promise<unknown>;

/** An action-dispatching function, exposing its API map so tests and docs can enumerate its actions. */
export type ActionHandler = FunctionHandler & { readonly api: Api };
