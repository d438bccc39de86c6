import type { MemberResults } from '../../../src/contracts/member';
import { memberInputs } from '../../../src/contracts/member-inputs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readAddressBook, toAddressViews } from '../change-address-book';

export const listAddresses = defineAction(memberInputs.listAddresses, async (ctx): Promise<MemberResults['listAddresses']> => toAddressViews(await readAddressBook(ctx.store, ctx.openid)));
