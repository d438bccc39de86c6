import { Text, View } from '@tarojs/components';
import type { ExportFileView } from '@/contracts/export-file';
import { Button } from '@/components/nut/button';
import { opensFileLinks, openFileLink } from '@/services/runtime';
import { showInfo } from '../show-error';

/** A finished export: how many rows, whether the cap cut it, and how to get the file (open in H5, copy the link). */
export function ExportFileCard({ file }: { file: ExportFileView }) {
  const open = () => {
    void openFileLink(file.url).then((how) => how === 'copied' && showInfo('下载链接已复制，请在浏览器中打开'));
  };
  return (
    <View className="card export-file">
      <Text className="admin-card__title">{file.fileName}</Text>
      <Text className="admin-note">共 {file.rowCount} 行</Text>
      {file.capped ? <Text className="admin-note">数据超过 {file.cap} 行，文件只含前 {file.cap} 行，请缩小日期范围分批导出。</Text> : null}
      {file.rowCount === 0 ? <Text className="muted">所选范围内没有数据</Text> : null}
      <View className="admin-actions">
        <Button className="export-file__open" size="small" type="primary" onClick={open}>
          {opensFileLinks() ? (file.fileName.endsWith('.xlsx') ? '下载 Excel' : '下载 CSV') : '复制下载链接'}
        </Button>
      </View>
    </View>
  );
}
