import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ExportFileView } from '@/contracts/export-file';
import { PAGES } from '@/contracts/pages';
import { DayPicker } from '@/components/ui-kit/day-picker';
import { ExportFileCard } from '@/components/ui-kit/export-file-card';
import { runAction } from '@/components/ui-kit/run-action';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { useMyRole } from '@/hooks/admin-tab';
import { exportCommissionEntries, exportWithdrawals } from '@/services/finance';
import { exportProducts } from '@/services/product-admin';
import '../admin.scss';
import { shanghaiDay } from '@/domain/shared/shanghai-day';

/** "YYYY-MM-DD" of Beijing time, `daysAgo` days before now. */
const beijingDay = (daysAgo: number) => shanghaiDay(Date.now() - daysAgo * 86_400_000);

function ExportsContent() {
  const [from, setFrom] = useState(() => beijingDay(30));
  const [to, setTo] = useState(() => beijingDay(0));
  const [file, setFile] = useState<ExportFileView | null>(null);
  const canProducts = useMyRole()?.permissions.includes('products') ?? false;
  const invalid = from > to;
  const run = (work: () => Promise<ExportFileView>) => {
    setFile(null);
    void runAction('正在导出，数据多时需要一些时间…', '导出完成', async () => setFile(await work()));
  };
  return (
    <View>
      <View className="card">
        <Text className="card-title">日期范围（北京时间，含首尾两天）</Text>
        <DayPicker id="export-from" label="开始日期" value={from} onChange={setFrom} />
        <DayPicker id="export-to" label="结束日期" value={to} onChange={setTo} />
        {invalid ? <Text className="admin-note">开始日期不能晚于结束日期</Text> : null}
        <Text className="muted">CSV 文件（UTF-8，Excel 可直接打开），金额单位为元；单次最多 20000 行。</Text>
        <View className="admin-actions">
          <Button id="export-entries" size="small" type="primary" disabled={invalid} onClick={() => run(() => exportCommissionEntries({ from, to }))}>
            导出佣金流水
          </Button>
          <Button id="export-withdrawals" size="small" type="primary" disabled={invalid} onClick={() => run(() => exportWithdrawals({ from, to }))}>
            导出提现记录
          </Button>
        </View>
      </View>
      {canProducts ? (
        <View className="card">
          <Text className="card-title">商品与规格</Text>
          <Text className="muted">全部商品（不限日期），每个规格一行，与「商品导入导出」的列相同，可修改后再导入。</Text>
          <View className="admin-actions">
            <Button id="export-catalog-xlsx" size="small" type="primary" onClick={() => run(() => exportProducts('xlsx'))}>
              导出 Excel
            </Button>
            <Button id="export-catalog-csv" size="small" fill="outline" onClick={() => run(() => exportProducts('csv'))}>
              导出 CSV
            </Button>
          </View>
        </View>
      ) : null}
      {file ? <ExportFileCard file={file} /> : null}
    </View>
  );
}

export default function AdminExportsPage() {
  return <PageShell page={PAGES.adminExports}>{() => <ExportsContent />}</PageShell>;
}
