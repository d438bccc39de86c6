import type { z } from 'zod';
import type { FunctionContext, UserContext } from '../context';

/**
 * One action of a cloud function: its payload schema, whether it needs a user, and what it does.
 * `run` receives a payload that already passed the schema.
 */
export interface ActionDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  run(ctx: UserContext, payload: z.infer<S>): Promise<R>;
}

export function defineAction<S extends z.ZodType, R>(input: S, run: (ctx: UserContext, payload: z.infer<S>) => Promise<R>): ActionDefinition<S, R> {
  return { input, run };
}

export type ActionMap = Readonly<Record<string, ActionDefinition>>;

/** A deployed function's entry: event in, envelope (or pay-notify reply) out. */
export type FunctionHandler = (event: unknown, ctx: FunctionContext) => Promise<unknown>;

/** An action-dispatching function, exposing its actions so tests and docs can enumerate them. */
export type ActionHandler = FunctionHandler & { readonly actions: ActionMap };
