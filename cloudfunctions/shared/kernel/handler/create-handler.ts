import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.cjs';
import { COMMON_ERRORS, type Envelope } from '../../../../src/contracts/envelope';
import { isDomainError } from '../../../../src/domain/shared/domain-error';
import type { Api } from '../../../../src/contracts/api/define-api';
import type { FunctionContext, UserContext } from '../context';
import { checkAccess } from './check-access';
import type { ActionHandler, ActionRun, ActionRuns } from './define-action';

// Validation messages in Chinese; only this locale is bundled.
z.config(zhCN());

const requestShape = z.object({ action: z.string().min(1).max(64), payload: z.unknown().optional() });

/**
 * Dispatches `{ action, payload }` to an action of the function's API map: unknown action, invalid payload and
 * missing identity come back as typed codes before anything runs; then the caller must hold the action's permission
 * (AUTH.FORBIDDEN otherwise); expected business failures (DomainError) come back as their code; anything else is a
 * bug: logged with the request id and answered with a generic code.
 * Fields the platform adds to the event (e.g. `userInfo`) and any other top-level field are ignored.
 */
export function createHandler<A extends Api>(api: A, runs: ActionRuns<A>): ActionHandler {
  const functionName = api.fn;
  const handler = async (event: unknown, ctx: FunctionContext): Promise<Envelope<unknown>> => {
    const request = requestShape.safeParse(event);
    if (!request.success) return fail(COMMON_ERRORS.INVALID_PAYLOAD, '请求格式不正确', ctx);
    const { action: actionName, payload } = request.data;
    const known = Object.prototype.hasOwnProperty.call(api.actions, actionName);
    const spec = known ? api.actions[actionName] : undefined;
    const run = known ? (runs as Record<string, ActionRun>)[actionName] : undefined;
    if (!spec || !run) return fail(COMMON_ERRORS.UNKNOWN_ACTION, `未知操作：${actionName}`, ctx);
    if (!ctx.openid) return fail(COMMON_ERRORS.NO_IDENTITY, '无法识别用户身份，请在微信中打开', ctx);

    const parsed = spec.input.safeParse(payload ?? {});
    if (!parsed.success) return fail(COMMON_ERRORS.INVALID_PAYLOAD, describeIssue(parsed.error), ctx);

    try {
      if (!spec.checkedByAction) await checkAccess(ctx as UserContext, spec.permission);
      const data = await run(ctx as UserContext, parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (isDomainError(error)) return fail(error.code, error.message, ctx);
      ctx.log.error('action failed', {
        fn: functionName,
        action: actionName,
        requestId: ctx.requestId,
        error: error instanceof Error ? error.stack : String(error),
      });
      return fail(COMMON_ERRORS.INTERNAL, '服务器开小差了，请稍后再试', ctx);
    }
  };
  return Object.assign(handler, { api });
}

function fail(code: string, message: string, ctx: FunctionContext): Envelope<never> {
  return { ok: false, code, message, requestId: ctx.requestId };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '请求参数不正确';
  const where = issue.path.length ? `（${issue.path.join('.')}）` : '';
  return `请求参数不正确${where}：${issue.message}`;
}
