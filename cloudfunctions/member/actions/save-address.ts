import { memberApi, type MemberResults } from '../../../src/contracts/api/member';
import { MEMBER_ERRORS } from '../../../src/contracts/member';
import { saveToBook } from '../../../src/domain/member/address-book';
import { isMainlandMobile } from '../../../src/domain/member/mainland-mobile';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { changeAddressBook } from '../change-address-book';

/** Adds (new id) or edits (known id) an address; `isDefault` makes it the default. The phone must be a mainland mobile number. */
export const saveAddress = defineAction(memberApi.actions.saveAddress, async (ctx, input): Promise<MemberResults['saveAddress']> => {
  if (!isMainlandMobile(input.phone)) throw new DomainError(MEMBER_ERRORS.PHONE_INVALID, '请输入正确的 11 位手机号');
  const { addressId, isDefault, ...fields } = input;
  return changeAddressBook(ctx, (book) => saveToBook(book, { id: addressId, ...fields }, isDefault ?? false));
});
