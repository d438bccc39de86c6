import { defineLifecycle } from '../shared/define-lifecycle';

/** A background rewrite of the uplines under a moved user: PENDING while pages remain, DONE after the last one. */
export type UplineJobStatus = 'PENDING' | 'DONE';

export const uplineJobLifecycle = defineLifecycle<UplineJobStatus>({
  transitions: { PENDING: ['DONE'], DONE: [] },
  initial: ['PENDING'],
  terminal: ['DONE'],
  error: { code: 'REFERRAL.INVALID_TRANSITION', message: '关系改写任务状态不允许此操作' },
});
