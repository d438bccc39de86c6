import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { MEMBER_ERRORS } from '../../../src/contracts/member';
import { saveToBook } from '../../../src/domain/member/address-book';
import { isMainlandMobile } from '../../../src/domain/member/mainland-mobile';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

/** Adds (new id) or edits (known id) an address; `isDefault` makes it the default. The phone must be a mainland mobile number. */
export const saveAddress = defineAction(memberApi.actions.saveAddress, async (ctx, input): Promise<MemberResults['saveAddress']> => {
  if (!isMainlandMobile(input.phone)) throw failWith(MEMBER_ERRORS.PHONE_INVALID);
  const { addressId, isDefault, ...fields } = input;
  return changeAddressBook(ctx, (book) => saveToBook(book, { id: addressId, ...fields }, isDefault ?? false));
});
