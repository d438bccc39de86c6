import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { setBookDefault } from '../../../src/domain/member/address-book';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

export const setDefaultAddress = defineAction(memberApi.actions.setDefaultAddress, async (ctx, input): Promise<MemberResults['setDefaultAddress']> =>
  changeAddressBook(ctx, (book) => setBookDefault(book, input.addressId)),
);
