import type { MemberResults } from '../../../src/contracts/member';
import { memberInputs } from '../../../src/contracts/member-inputs';
import { removeFromBook } from '../../../src/domain/member/address-book';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

/** Removes an address; the default passes to the earliest remaining one. */
export const deleteAddress = defineAction(memberInputs.deleteAddress, async (ctx, input): Promise<MemberResults['deleteAddress']> =>
  changeAddressBook(ctx, (book) => removeFromBook(book, input.addressId)),
);
