import type { DistributorApplication, DistributorPanel } from '@/contracts/distributor';

/** The application form as typed (申请审核 mode). */
export interface ApplicationForm {
  realName: string;
  phone: string;
  reason: string;
}

/** What the 分销中心 shows a shopper, from their panel: the way in, the application under review, or the dashboard. */
export type ApplicationState =
  /** Admitted without a form (any mode but 申请审核): one tap. */
  | { kind: 'JOIN' }
  /** 申请审核: the form — first time, or again after a rejection, with staff's note. */
  | { kind: 'FORM'; note: string | null }
  | { kind: 'APPLIED'; since: string }
  | { kind: 'DISTRIBUTOR' }
  | { kind: 'REVOKED' };

export function applicationState(panel: DistributorPanel): ApplicationState {
  const d = panel.distributor;
  if (d === null) return panel.qualification.kind === 'APPLICATION' ? { kind: 'FORM', note: null } : { kind: 'JOIN' };
  switch (d.status) {
    case 'APPLIED':
      return { kind: 'APPLIED', since: d.since };
    case 'REJECTED':
      return { kind: 'FORM', note: d.reviewNote };
    case 'REVOKED':
      return { kind: 'REVOKED' };
    default:
      return { kind: 'DISTRIBUTOR' };
  }
}

/** The application to send, or the first thing to fix (the server checks the same again). */
export function fromApplicationForm(form: ApplicationForm): { application: DistributorApplication } | { problem: string } {
  const realName = form.realName.trim();
  const phone = form.phone.replace(/[\s-]/g, '');
  const reason = form.reason.trim();
  if (!realName) return { problem: '请填写真实姓名' };
  if (realName.length > 20) return { problem: '姓名最多 20 个字' };
  if (!/^1\d{10}$/.test(phone)) return { problem: '请填写 11 位手机号' };
  if (!reason) return { problem: '请填写申请理由' };
  if (reason.length > 200) return { problem: '申请理由最多 200 个字' };
  return { application: { realName, phone, reason } };
}
