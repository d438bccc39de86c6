import { failWith } from '../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../src/contracts/after-sale';
import { isDomainError } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';

/**
 * The description staff read goes through the content check first (WeChat security.msgSecCheck; locally a word list),
 * like every text a user writes for others. A check WeChat cannot make now is its own code: nothing is saved.
 */
export async function checkAfterSaleText(ctx: UserContext, text: string): Promise<void> {
  let verdict;
  try {
    verdict = await ctx.platform.checkText({ openid: ctx.openid, text });
  } catch (error) {
    if (isDomainError(error)) throw failWith(AFTER_SALE_ERRORS.CONTENT_CHECK_FAILED, error.message);
    throw error;
  }
  if (!verdict.pass) throw failWith(AFTER_SALE_ERRORS.CONTENT_REJECTED, `问题描述含有不适宜的内容（${verdict.label}），请修改后再提交`);
}
