import type { FunctionContext } from '../../kernel/context';
import type { OutboxDoc, UserDoc } from '../../kernel/docs/docs';
import type { SubscribeTemplate } from '../../kernel/platform/platform';
import { COLLECTIONS } from '../../kernel/store/collections';

export interface Notice {
  /** What the notice is about (order id, withdrawal id …): with the template and user it makes the outbox id. */
  subject: string;
  openid: string;
  template: SubscribeTemplate;
  page: string;
  data: Record<string, string>;
}

const QUOTA_TRIES = 3;

/**
 * Sends a one-time subscribe message, at most once per (template, subject, user), only while the user has an
 * accepted send left (tracked in `subscriptions`: WeChat offers no way to ask). Runs outside transactions; never
 * throws — a notice is a courtesy, and the business write it follows has already committed. Every send tried is in
 * the outbox with its result. A caller that has read the recipient passes them: one who never accepted a send
 * (noticesAccepted false) costs nothing.
 */
export async function sendNotice(ctx: FunctionContext, notice: Notice, recipient?: Pick<UserDoc, 'noticesAccepted'> | null): Promise<OutboxDoc['state'] | null> {
  const id = `msg:${notice.template}:${notice.subject}:${notice.openid}`;
  if (recipient?.noticesAccepted === false) return 'NO_QUOTA';
  try {
    // Most buyers accepted no send: one read and nothing written (the outbox records sends tried, not non-events).
    const quota = await ctx.store.get(COLLECTIONS.subscriptions, `${notice.openid}:${notice.template}`);
    if ((quota?.remaining ?? 0) <= 0) return 'NO_QUOTA';
    const nowIso = ctx.now.toISOString();
    const doc: OutboxDoc = { _id: id, kind: 'SUBSCRIBE', userId: notice.openid, template: notice.template, page: notice.page, data: notice.data, state: 'PENDING', reason: null, createdAt: nowIso, sentAt: null };
    if (!(await ctx.store.insert(COLLECTIONS.outbox, doc))) return null; // this event was already handled
    if (!(await changeQuota(ctx, notice.openid, notice.template, -1))) {
      await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, { state: 'NO_QUOTA' });
      return 'NO_QUOTA';
    }
    const result = await ctx.platform.sendSubscribeMessage({ openid: notice.openid, template: notice.template, page: notice.page, data: notice.data });
    if (result.ok) {
      await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, { state: 'SENT', sentAt: ctx.now.toISOString() });
      return 'SENT';
    }
    // 43101: WeChat says the user has no send left, so ours was stale; anything else did not use the accepted send.
    if (!/43101/.test(result.reason)) await changeQuota(ctx, notice.openid, notice.template, +1);
    await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, { state: 'FAILED', reason: result.reason.slice(0, 200) });
    ctx.log.error('subscribe message failed', { id, reason: result.reason, requestId: ctx.requestId });
    return 'FAILED';
  } catch (error) {
    ctx.log.error('notice failed', { id, requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/**
 * Moves the user's remaining sends by `delta` (compare-and-set); false when a decrement finds none left. Before a send
 * is added the user is marked as having accepted one (UserDoc.noticesAccepted), so that flag is never false while a
 * send is recorded; a user without a record gets no send recorded.
 */
export async function changeQuota(ctx: Pick<FunctionContext, 'store' | 'now'>, openid: string, template: SubscribeTemplate, delta: number, cap = Infinity): Promise<boolean> {
  const id = `${openid}:${template}`;
  if (delta > 0 && !(await ctx.store.update(COLLECTIONS.users, openid, {}, { noticesAccepted: true }))) return false;
  for (let i = 0; i < QUOTA_TRIES; i++) {
    const current = await ctx.store.get(COLLECTIONS.subscriptions, id);
    const remaining = current?.remaining ?? 0;
    if (remaining + delta < 0) return false;
    const next = Math.min(cap, remaining + delta);
    const updatedAt = ctx.now.toISOString();
    const done = current
      ? await ctx.store.update(COLLECTIONS.subscriptions, id, { remaining }, { remaining: next, updatedAt })
      : await ctx.store.insert(COLLECTIONS.subscriptions, { _id: id, userId: openid, template, remaining: next, updatedAt });
    if (done) return true;
  }
  return false;
}
