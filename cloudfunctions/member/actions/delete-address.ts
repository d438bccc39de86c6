import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { removeFromBook } from '../../../src/domain/member/address-book';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

/** Removes an address; the default passes to the earliest remaining one. */
export const deleteAddress = defineAction(memberApi.actions.deleteAddress, async (ctx, input): Promise<MemberResults['deleteAddress']> =>
  changeAddressBook(ctx, (book) => removeFromBook(book, input.addressId)),
);
