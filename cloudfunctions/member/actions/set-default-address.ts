import type { MemberResults } from '../../../src/contracts/member';
import { memberInputs } from '../../../src/contracts/member-inputs';
import { setBookDefault } from '../../../src/domain/member/address-book';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

export const setDefaultAddress = defineAction(memberInputs.setDefaultAddress, async (ctx, input): Promise<MemberResults['setDefaultAddress']> =>
  changeAddressBook(ctx, (book) => setBookDefault(book, input.addressId)),
);
