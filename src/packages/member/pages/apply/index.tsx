import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { DistributorPanel } from '@/contracts/distributor';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError, showInfo } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { useBusy } from '@/hooks/use-busy';
import { becomeDistributor, getMyPanel } from '@/services/distributor';
import { applicationState, fromApplicationForm } from '@/components/distributor-join/application-form';
import './index.scss';

/** 申请审核: the application form (name, phone, reason) or where the application stands and staff's note; without review, the one-tap join. */
function ApplyForm({ panel, onSent }: { panel: DistributorPanel; onSent: () => void }) {
  const state = applicationState(panel);
  const [realName, setRealName] = useState('');
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const [sending, runSending] = useBusy();

  if (state.kind === 'APPLIED') {
    return (
      <View id="application-applied" className="card apply">
        <Text className="card-title">申请审核中</Text>
        <Text className="muted">已于 {formatTime(state.since)} 提交，商家审核后会在这里显示结果。</Text>
      </View>
    );
  }
  const join = async (application?: ReturnType<typeof fromApplicationForm>) => {
    if (application && 'problem' in application) return showError(new Error(application.problem));
    await runSending(async () => {
      await becomeDistributor(application?.application);
      showInfo(application ? '申请已提交，请等待审核' : '你已成为分销商');
      onSent();
    });
  };
  if (state.kind === 'JOIN') {
    // The shop admits without review: the one tap the 分销中心 offers, here too for whoever opened this page.
    return (
      <View className="card apply">
        <Text className="card-title">成为分销商</Text>
        <Text className="muted">成为分销商免费，无需购买，也无需申请。</Text>
        <Button id="apply-join" type="primary" block loading={sending} onClick={() => void join()}>
          成为分销商
        </Button>
      </View>
    );
  }
  if (state.kind !== 'FORM') {
    return (
      <View className="card apply">
        <Text className="card-title">{state.kind === 'REVOKED' ? '分销商资格已被商家撤销' : '你已是分销商'}</Text>
      </View>
    );
  }
  const submit = () => join(fromApplicationForm({ realName, phone, reason }));
  return (
    <View className="card apply">
      {state.note !== null ? (
        <View id="application-rejected" className="apply__rejected">
          <Text className="card-title">上次申请未通过</Text>
          <Text className="muted">商家说明：{state.note || '无'}。可修改后再次申请。</Text>
        </View>
      ) : (
        <Text className="muted">成为分销商免费，无需购买。填写以下信息，商家审核通过后即可分享赚佣金。</Text>
      )}
      <TextField id="apply-name" label="真实姓名" value={realName} onChange={setRealName} maxlength={20} />
      <TextField id="apply-phone" label="手机号" type="number" value={phone} onChange={setPhone} maxlength={11} />
      <TextField id="apply-reason" label="申请理由" value={reason} onChange={setReason} maxlength={200} placeholder="如：常给朋友推荐好物" />
      <Button id="apply-submit" type="primary" block loading={sending} onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  );
}

function ApplyContent() {
  const [round, setRound] = useState(0);
  const panel = useRemote(getMyPanel, `apply-${round}`);
  if (panel.data === null) return <RemoteView remote={panel} />;
  return (
    <ApplyForm
      panel={panel.data}
      onSent={() => {
        setRound((r) => r + 1);
        void Taro.navigateBack().catch(() => undefined);
      }}
    />
  );
}

export default function DistributorApplyPage() {
  return <PageShell page={PAGES.distributorApply}>{() => <ApplyContent />}</PageShell>;
}
