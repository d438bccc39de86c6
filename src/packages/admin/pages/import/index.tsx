import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { IMPORT_CSV_MAX_CHARS, type ImportReport } from '@/contracts/catalog-csv';
import type { ExportFileView } from '@/contracts/export-file';
import { PAGES } from '@/contracts/pages';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { ExportFileCard } from '@/components/ui-kit/export-file-card';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { exportProducts, importProducts } from '@/services/product-admin';
import { chooseCatalogFile } from '@/services/choose-catalog-file';
import { choosesFilesFromChat } from '@/services/runtime';
import '../admin.scss';
import './index.scss';

function ReportView({ report }: { report: ImportReport }) {
  return (
    <View id="import-report" className="card">
      <Text className="card-title">{report.dryRun ? '预检结果' : report.applied ? '导入完成' : '未导入'}</Text>
      <Text className="admin-note">
        共 {report.rowCount} 行：新建 {report.newProducts} 个商品，更新 {report.updatedProducts} 个，规格 {report.skuCount} 个
      </Text>
      {report.applied ? <Text className="admin-note">新建的商品为下架状态，检查后请到商品管理中上架。</Text> : null}
      {report.problems.length ? (
        <View className="import-problems">
          <Text className="admin-note">发现 {report.problems.length} 个问题，请修改后重新预检：</Text>
          <View className="import-problem-head">
            <Text>行</Text>
            <Text>列</Text>
            <Text>问题</Text>
          </View>
          {report.problems.map((p, i) => (
            <View key={`${p.row}-${p.field}-${i}`} className="import-problem">
              <Text>{p.row}</Text>
              <Text>{p.field || '—'}</Text>
              <Text>{p.message}</Text>
            </View>
          ))}
        </View>
      ) : report.dryRun ? (
        <Text className="admin-note">没有发现问题，可以导入。</Text>
      ) : null}
    </View>
  );
}

function ImportContent() {
  const [csv, setCsv] = useState('');
  /** A chosen .xlsx replaces the paste box until the box is edited again. */
  const [xlsx, setXlsx] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(() => newRequestId('import'));
  const [file, setFile] = useState<ExportFileView | null>(null);
  const tooLong = !xlsx && csv.length > IMPORT_CSV_MAX_CHARS;
  const source = xlsx ? `xlsx:${xlsx.base64}` : csv;
  const clean = report !== null && report.dryRun && report.problems.length === 0 && checked === source;
  const payload = () => (xlsx ? { xlsxBase64: xlsx.base64 } : { csv });

  const edit = (text: string) => {
    setCsv(text);
    setXlsx(null);
    setReport(null);
  };
  const choose = () =>
    void chooseCatalogFile().then((picked) => {
      if (picked?.kind === 'csv') edit(picked.text);
      else if (picked) {
        setXlsx({ name: picked.name, base64: picked.base64 });
        setReport(null);
      }
    }, showError);
  const exportAs = (format: 'csv' | 'xlsx') => void runAction('正在导出…', '导出完成', async () => setFile(await exportProducts(format)));
  const dryRun = () =>
    void runAction('正在预检…', '预检完成', async () => {
      setReport(await importProducts({ requestId, dryRun: true, ...payload() }));
      setChecked(source);
    });
  const apply = async () => {
    if (!report || !(await confirmAction('导入商品', `将新建 ${report.newProducts} 个商品（下架状态）并更新 ${report.updatedProducts} 个商品，确定导入？`))) return;
    await runAction('正在导入…', '导入完成', async () => {
      setReport(await importProducts({ requestId, dryRun: false, ...payload() }));
      setRequestId(newRequestId('import'));
      setChecked(null);
    });
  };

  return (
    <View>
      <View className="card">
        <Text className="card-title">导出</Text>
        <Text className="muted">导出全部商品及规格（每个规格一行），可在 Excel / WPS 中修改后再导入（Excel 文件或 CSV 均可）。</Text>
        <View className="admin-actions">
          <Button id="export-products-xlsx" size="small" fill="outline" onClick={() => exportAs('xlsx')}>
            导出 Excel
          </Button>
          <Button id="export-products" size="small" fill="outline" onClick={() => exportAs('csv')}>
            导出 CSV
          </Button>
        </View>
      </View>
      {file ? <ExportFileCard file={file} /> : null}
      <View className="card">
        <Text className="card-title">导入</Text>
        <Text className="muted">
          选择 Excel（.xlsx，读第一个工作表）或 CSV 文件，或粘贴 CSV 内容（含表头：商品编号、商品名称、副标题、分类编号或分类名称、图片、描述、SKU编号、规格、价格(元)、库存）。商品编号留空为新建商品；先预检，没有问题才能导入。{choosesFilesFromChat() ? '小程序中请先把文件发到微信聊天，再从聊天中选择。' : ''}
        </Text>
        {xlsx ? (
          <View id="import-xlsx-file" className="admin-actions">
            <Text className="admin-note">
              已选择 Excel 文件：{xlsx.name}（约 {Math.ceil((xlsx.base64.length * 3) / 4 / 1024)} KB）
            </Text>
            <Button size="small" fill="outline" onClick={() => edit(csv)}>
              移除
            </Button>
          </View>
        ) : null}
        <Textarea id="import-csv" className="admin-field__input" value={csv} maxlength={IMPORT_CSV_MAX_CHARS + 1} placeholder="在此粘贴 CSV" onInput={(e) => edit(e.detail.value)} />
        {tooLong ? <Text className="admin-note">内容过长，请分批导入（每次最多 {IMPORT_CSV_MAX_CHARS} 个字符）</Text> : null}
        <View className="admin-actions">
          <Button id="import-choose-file" size="small" fill="outline" onClick={choose}>
            选择文件（Excel / CSV）
          </Button>
          <Button id="import-dry-run" size="small" fill="outline" disabled={(!xlsx && !csv.trim()) || tooLong} onClick={dryRun}>
            预检
          </Button>
          <Button id="import-apply" size="small" type="primary" disabled={!clean} onClick={() => void apply()}>
            导入
          </Button>
        </View>
      </View>
      {report ? <ReportView report={report} /> : <EmptyState text="预检结果会显示在这里" />}
    </View>
  );
}

export default function AdminImportPage() {
  return <PageShell page={PAGES.adminImport}>{() => <ImportContent />}</PageShell>;
}
