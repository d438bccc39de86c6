import type { NoticeResult, ShippingInfoInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import type { TestRuntime } from './test-runtime';

/** Replaces the shipping upload with one that records each call and answers `reply`; returns the record. */
export function recordShippingUploads(rt: TestRuntime, reply: NoticeResult = { ok: true }): ShippingInfoInput[] {
  const uploads: ShippingInfoInput[] = [];
  rt.platform.uploadShippingInfo = async (input) => (uploads.push(input), reply);
  return uploads;
}
