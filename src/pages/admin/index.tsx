import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { PAGES, type PagePath } from '@/contracts/pages';
import { PERMISSION_LABELS, type MyRole, type Permission } from '@/contracts/staff';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { LoadingView } from '@/components/status-view';
import { isStaff, refreshRole, useMyRole } from '@/hooks/admin-tab';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { getAdminTodo, redeemInvite } from '@/services/staff';
import './index.scss';

interface Entry {
  id: string;
  /** The group it is listed under on the admin home. */
  group: (typeof GROUPS)[number];
  title: string;
  hint: string;
  page: PagePath;
  /** The permission the server checks for this area; 'owner' for the owner-only pages. */
  needs: Permission | 'owner';
}

/** The entries by what staff are doing, so a clerk finds an area without reading all twenty. */
const GROUPS = ['订单与门店', '商品', '分销与财务', '营销', '经营与顾客', '店铺与店员'] as const;

const ENTRIES: Entry[] = [
  { id: 'dashboard', group: '经营与顾客', title: '经营数据', hint: '销售额、订单、新客、佣金', page: PAGES.adminDashboard, needs: 'finance' },
  { id: 'products', group: '商品', title: '商品管理', hint: '新建、编辑、规格库存、上下架', page: PAGES.adminProducts, needs: 'products' },
  { id: 'customers', group: '经营与顾客', title: '顾客管理', hint: '消费、上级、标签备注、导出', page: PAGES.adminCustomers, needs: 'orders' },
  { id: 'orders', group: '订单与门店', title: '订单管理', hint: '发货、售后退款', page: PAGES.adminOrders, needs: 'orders' },
  { id: 'distribution', group: '分销与财务', title: '分销管理', hint: '申请审核、分销商、绑定记录', page: PAGES.adminDistribution, needs: 'distribution' },
  { id: 'finance', group: '分销与财务', title: '提现审核', hint: '通过、驳回、失败重试；支付异常退款', page: PAGES.adminFinance, needs: 'finance' },
  { id: 'exports', group: '经营与顾客', title: '数据导出', hint: '佣金流水、提现记录、商品目录', page: PAGES.adminExports, needs: 'finance' },
  { id: 'import', group: '商品', title: '商品导入导出', hint: 'Excel / CSV 批量导入（先预检）、导出', page: PAGES.adminImport, needs: 'products' },
  { id: 'activities', group: '营销', title: '营销活动', hint: '秒杀、拼团、砍价，是否计佣', page: PAGES.adminActivities, needs: 'marketing' },
  { id: 'settings', group: '分销与财务', title: '分销设置', hint: '层级、比例、资格、绑定、提现规则', page: PAGES.adminSettings, needs: 'distribution' },
  { id: 'shop', group: '店铺与店员', title: '店铺设置', hint: '店铺名称与 Logo、客服电话、支付时限、售后期', page: PAGES.adminShopSettings, needs: 'settings' },
  { id: 'coupons', group: '营销', title: '优惠券', hint: '新建、编辑、停发、发券给顾客', page: PAGES.adminCoupons, needs: 'marketing' },
  { id: 'full-reductions', group: '营销', title: '满减活动', hint: '阶梯满减、适用商品、时间', page: PAGES.adminFullReductions, needs: 'marketing' },
  { id: 'marketing-rules', group: '营销', title: '会员与积分', hint: '会员等级与折扣、积分与签到规则', page: PAGES.adminMarketingRules, needs: 'marketing' },
  { id: 'staff', group: '店铺与店员', title: '店员与权限', hint: '邀请店员、调整权限', page: PAGES.adminStaff, needs: 'owner' },
  { id: 'audit', group: '店铺与店员', title: '操作日志', hint: '每一次管理操作', page: PAGES.adminAudit, needs: 'owner' },
  { id: 'categories', group: '商品', title: '分类管理', hint: '新建、改名、排序、删除空分类', page: PAGES.adminCategories, needs: 'products' },
  { id: 'reviews', group: '商品', title: '评价管理', hint: '回复、隐藏评价，热门搜索词', page: PAGES.adminReviews, needs: 'products' },
  { id: 'verify', group: '订单与门店', title: '门店核销', hint: '自提核销、预约签到', page: PAGES.adminVerify, needs: 'orders' },
  { id: 'stores', group: '订单与门店', title: '门店与代理', hint: '门店、店员码、预约时段、区域代理、报表', page: PAGES.adminStores, needs: 'settings' },
  { id: 'lucky-draws', group: '营销', title: '刮刮卡 / 大转盘', hint: '奖品、库存、权重、每日次数、规则与中奖记录', page: PAGES.adminLuckyDraws, needs: 'marketing' },
  { id: 'stamp-cards', group: '营销', title: '集点卡', hint: '集满 N 点送券：按商品、核销或买单集点', page: PAGES.adminStampCards, needs: 'marketing' },
  { id: 'counter', group: '订单与门店', title: '优惠买单', hint: '到店买单的优惠、时段、限额、佣金、买单码、收款与退款', page: PAGES.adminCounter, needs: 'settings' },
];

const may = (role: MyRole, needs: Entry['needs']) => (needs === 'owner' ? role.role === 'owner' : role.permissions.includes(needs));

/** Not staff: the tab is hidden, but an invited user lands here to redeem their code. */
function RedeemInvite() {
  const [code, setCode] = useState('');
  const redeem = () =>
    void runAction('正在验证…', '已成为店员', async () => {
      await redeemInvite(code.trim());
      await refreshRole();
    });
  return (
    <View className="card">
      <Text className="card-title">管理后台仅店员可用</Text>
      <Text className="admin-home__intro">收到店主发的邀请码？输入后即可成为店员。</Text>
      <TextField id="invite-code" label="邀请码" value={code} onChange={setCode} placeholder="12 位邀请码" maxlength={12} />
      <View className="admin-actions">
        <Button id="redeem-invite" type="primary" size="small" disabled={code.trim().length !== 12} onClick={redeem}>
          成为店员
        </Button>
      </View>
    </View>
  );
}

/** 待办: what waits for staff right now, each count opening its page (only areas the caller may open are counted). */
function AdminTodo() {
  const [round, setRound] = useState(0);
  useDidShow(() => setRound((r) => r + 1));
  const todo = useRemote(getAdminTodo, `todo-${round}`);
  const t = todo.data;
  if (!t) return null;
  const review = t.applications === null && t.withdrawals === null ? null : (t.applications ?? 0) + (t.withdrawals ?? 0);
  const tiles: Array<{ id: string; label: string; count: number | null; page: PagePath }> = [
    { id: 'to-ship', label: '待发货', count: t.toShip, page: PAGES.adminOrders },
    { id: 'to-review', label: '待审核', count: review, page: t.applications ? PAGES.adminDistribution : PAGES.adminFinance },
    { id: 'after-sales', label: '售后', count: t.afterSales, page: PAGES.adminOrders },
    { id: 'payment-alerts', label: '支付异常', count: t.paymentAlerts, page: PAGES.adminFinance },
  ];
  const shown = tiles.filter((x) => x.count !== null);
  if (shown.length === 0) return null;
  return (
    <View className="card">
      <Text className="card-title">待办</Text>
      <View className="admin-home__todo">
        {shown.map((x) => (
          <View key={x.id} id={`admin-todo-${x.id}`} className="admin-home__todo-item" onClick={() => void openPage(x.page)}>
            <Text className={`admin-home__todo-count${x.count ? ' admin-home__todo-count--due' : ''}`}>{x.count}</Text>
            <Text className="muted">{x.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function AdminHome() {
  const role = useMyRole();
  const [checked, setChecked] = useState(false);
  useDidShow(() => void refreshRole().finally(() => setChecked(true)));

  if (role === null && !checked) return <LoadingView />;
  if (role === null || !isStaff(role)) return <RedeemInvite />;
  return (
    <View className="admin-home">
      <View className="card admin-home__head">
        <Text id="admin-name" className="admin-home__name">
          {role.nickname}
        </Text>
        <Text className="muted">
          {role.role === 'owner' ? '店主 · 全部权限' : `店员 · ${role.permissions.map((p) => PERMISSION_LABELS[p]).join('、') || '暂无权限'}`}
        </Text>
      </View>
      <AdminTodo />
      {GROUPS.map((group) => {
        const entries = ENTRIES.filter((e) => e.group === group && may(role, e.needs));
        if (entries.length === 0) return null;
        return (
          <View key={group} className="card">
            <Text className="card-title">{group}</Text>
            <View className="admin-home__grid">
              {entries.map((e) => (
                <View key={e.id} id={`admin-entry-${e.id}`} className="admin-home__entry" onClick={() => void openPage(e.page)}>
                  <Text className="admin-home__entry-title">{e.title}</Text>
                  <Text className="muted">{e.hint}</Text>
                </View>
              ))}
            </View>
          </View>
        );
      })}
    </View>
  );
}

export default function AdminPage() {
  return <PageShell page={PAGES.admin}>{() => <AdminHome />}</PageShell>;
}
