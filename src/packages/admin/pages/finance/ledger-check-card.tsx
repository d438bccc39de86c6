import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { LedgerCheckView, LedgerProblemKind } from '@/contracts/finance';
import { runAction } from '@/components/ui-kit/run-action';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { checkLedger } from '@/services/finance';

const KIND_LABELS: Record<LedgerProblemKind, string> = {
  BALANCE_MISMATCH: '余额与流水不符',
  LINE_NOT_CONSERVED: '订单行佣金合计不符',
  LEVEL_BELOW_ZERO: '某级佣金冲正后为负',
};

/** 账目核对: runs the ledger check on demand (it reads the whole ledger, so only on a button press). */
export function LedgerCheckCard() {
  const [report, setReport] = useState<LedgerCheckView | null>(null);
  const run = () =>
    void runAction('正在核对…', '核对完成', async () => {
      setReport(await checkLedger());
    });
  return (
    <View id="ledger-check" className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">账目核对</Text>
        <Button id="ledger-check-run" size="small" type="primary" onClick={run}>
          {report ? '重新核对' : '开始核对'}
        </Button>
      </View>
      {report === null ? (
        <Text className="admin-note">逐一核对每位分销商的余额与佣金流水、每个订单行的佣金合计。数据多时需要几秒。</Text>
      ) : report.ok ? (
        <Text id="ledger-check-ok" className="admin-note">
          ✓ 账目一致：{report.users} 个余额账户、{report.lines} 个分佣订单行（{formatTime(report.checkedAt)}）
        </Text>
      ) : (
        <View id="ledger-check-problems">
          <Text className="admin-note">
            ✗ 发现 {report.problemCount} 个问题{report.problemCount > report.problems.length ? `（显示前 ${report.problems.length} 个）` : ''}，请联系技术人员：
          </Text>
          {report.problems.map((p) => (
            <Text key={`${p.kind}-${p.subject}`} className="admin-note">
              {KIND_LABELS[p.kind]} · {p.subject} · {p.detail}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
