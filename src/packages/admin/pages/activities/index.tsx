import { View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PageShell } from '@/components/page-shell';
import { BargainsTab, GroupsTab } from './activity-records';
import { BargainForm } from './bargain-form';
import { FlashSaleForm } from './flash-sale-form';
import { GroupBuyForm } from './group-buy-form';
import '../admin.scss';

type Tab = 'FLASH' | 'GROUP' | 'BARGAIN' | 'GROUPS' | 'BARGAINS';
const TABS: Array<{ value: Tab; label: string }> = [
  { value: 'FLASH', label: '秒杀' },
  { value: 'GROUP', label: '拼团' },
  { value: 'BARGAIN', label: '砍价' },
  { value: 'GROUPS', label: '团记录' },
  { value: 'BARGAINS', label: '砍价记录' },
];

function ActivitiesContent() {
  const [tab, setTab] = useState<Tab>('FLASH');
  return (
    <View className="admin-page">
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} idPrefix="activity-tab" />
      {tab === 'FLASH' ? <FlashSaleForm /> : tab === 'GROUP' ? <GroupBuyForm /> : tab === 'BARGAIN' ? <BargainForm /> : tab === 'GROUPS' ? <GroupsTab /> : <BargainsTab />}
    </View>
  );
}

export default function AdminActivitiesPage() {
  return <PageShell page={PAGES.adminActivities}>{() => <ActivitiesContent />}</PageShell>;
}
