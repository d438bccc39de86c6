import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readAddressBook, toAddressViews } from '../change-address-book';

export const listAddresses = defineAction(memberApi.actions.listAddresses, async (ctx): Promise<MemberResults['listAddresses']> => toAddressViews(await readAddressBook(ctx.store, ctx.openid)));
