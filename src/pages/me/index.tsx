import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { Balance, CommissionEntryView } from '@/contracts/commission';
import type { DistributorPanel, ShareCode } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { Cell } from '@/components/nut/cell';
import { Tag } from '@/components/nut/tag';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { ShareSheet } from '@/components/share-sheet';
import { showError, showInfo } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { getMyBalance, listMyEntries } from '@/services/commission';
import { applicationState } from '@/components/distributor-join/application-form';
import { becomeDistributor, createShareCode, getMyPanel } from '@/services/distributor';
import { switchesLocalIdentity } from '@/services/runtime';
import { ENTRY_STATE_LABELS, levelLabel } from '@/components/labels';
import './index.scss';


interface MeData {
  panel: DistributorPanel;
  balance: Balance | null;
  entries: CommissionEntryView[];
}

async function loadMe(): Promise<MeData> {
  const panel = await getMyPanel();
  if (panel.distributor === null) return { panel, balance: null, entries: [] };
  const [balance, entries] = await Promise.all([getMyBalance(), listMyEntries({ limit: 5 })]);
  return { panel, balance, entries: entries.items };
}

/** The distributor's daily tools, each its own page in a subpackage. */
const DISTRIBUTOR_LINKS = [
  { id: 'my-shop-link', page: PAGES.myShop, title: '我的店铺', hint: '名称、头像、选品' },
  { id: 'my-team-link', page: PAGES.team, title: '我的团队', hint: '一级 / 二级成员' },
  { id: 'my-earnings-link', page: PAGES.earnings, title: '我的收益', hint: '明细、等级、提现' },
  { id: 'ranking-link', page: PAGES.ranking, title: '排行榜', hint: '本周 / 本月' },
] as const;

/** 营销: coupons, sign-in and points, member level (pages in the member subpackage). */
const MARKETING_LINKS = [
  { id: 'coupon-centre-link', page: PAGES.couponCentre, title: '领券中心', hint: '领优惠券' },
  { id: 'my-coupons-link', page: PAGES.myCoupons, title: '我的优惠券', hint: '可用 / 已用 / 过期' },
  { id: 'sign-in-link', page: PAGES.points, title: '每日签到', hint: '签到领积分' },
  { id: 'points-link', page: PAGES.points, title: '我的积分', hint: '余额与明细' },
  { id: 'member-level-link', page: PAGES.memberLevel, title: '会员等级', hint: '等级与权益' },
  { id: 'stamp-cards-link', page: PAGES.stampCards, title: '我的集点卡', hint: '集满送好礼' },
  { id: 'lucky-draw-link', page: PAGES.luckyDraw, title: '幸运抽奖', hint: '签到、下单得机会' },
] as const;

/** 我的收藏, 足迹 and 地址簿. */
const MEMBER_LINKS = [
  { id: 'favourites-link', page: PAGES.favourites, title: '我的收藏', hint: '收藏的商品' },
  { id: 'history-link', page: PAGES.history, title: '我的足迹', hint: '最近浏览' },
  { id: 'addresses-link', page: PAGES.addresses, title: '收货地址', hint: '管理地址' },
] as const;

const ORDER_SHORTCUTS = [
  { status: 'PENDING_PAY', label: '待付款' },
  { status: 'PAID', label: '已付款' },
  { status: 'SHIPPED', label: '已发货' },
  { status: 'COMPLETED', label: '已完成' },
] as const;

function DistributorCard({ data, onChanged }: { data: MeData; onChanged: () => void }) {
  const { panel, balance, entries } = data;
  const [joining, runJoining] = useBusy();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [code, setCode] = useState<ShareCode | null>(null);

  const join = async () => {
    await runJoining(async () => {
      await becomeDistributor();
      showInfo('已成为分销商，快去分享赚佣金吧');
      onChanged();
    });
  };

  const openShopCode = async () => {
    setSheetOpen(true);
    if (code !== null) return;
    try {
      setCode(await createShareCode({ kind: 'shop' }));
    } catch (err) {
      setSheetOpen(false);
      showError(err);
    }
  };

  const state = applicationState(panel);
  if (state.kind === 'JOIN') {
    return (
      <View className="card me-join">
        <Text className="card-title">分销中心</Text>
        <Text className="me-join__text">分享商品给好友，好友下单后你可获得佣金。</Text>
        <Button id="become-distributor" type="primary" block loading={joining} onClick={() => void join()}>
          成为分销商（免费，无需购买）
        </Button>
      </View>
    );
  }
  if (state.kind !== 'DISTRIBUTOR' || panel.distributor === null) {
    // 申请审核: the form is its own page; here the way to it and where the application stands.
    const text =
      state.kind === 'APPLIED'
        ? '申请审核中，商家审核后会在这里显示结果。'
        : state.kind === 'REVOKED'
          ? '你的分销商资格已被商家撤销，如有疑问请联系商家。'
          : state.kind === 'FORM' && state.note !== null
            ? `上次申请未通过：${state.note || '商家未说明原因'}。可修改后再次申请。`
            : '分享商品给好友，好友下单后你可获得佣金。本店分销商需申请，商家审核通过后开通。';
    return (
      <View id="distributor-application" className="card me-join">
        <Text className="card-title">分销中心</Text>
        <Text className="me-join__text">{text}</Text>
        {state.kind === 'REVOKED' ? null : (
          <Button id="become-distributor" type="primary" block onClick={() => void openPage(PAGES.distributorApply)}>
            {state.kind === 'APPLIED' ? '查看申请' : '申请成为分销商（免费，无需购买）'}
          </Button>
        )}
      </View>
    );
  }

  return (
    <View className="card me-dist">
      <View className="row-between">
        <Text className="card-title me-dist__shop">{panel.distributor.shopName}</Text>
        {panel.distributor.status === 'ACTIVE' ? (
          <Tag background="#fdecea" color="#fa2c19" round>
            分销商
          </Tag>
        ) : (
          <Tag background="#f0f1f4" color="#5c6066" round>
            已冻结（暂停提现）
          </Tag>
        )}
      </View>
      <View className="me-dist__stats">
        <View className="me-dist__stat">
          <View className="me-dist__value">{balance ? <Price id="pending-commission" fen={balance.pendingFen} /> : '—'}</View>
          <Text className="muted">待结算佣金</Text>
        </View>
        <View className="me-dist__stat">
          <View className="me-dist__value">{balance ? <Price id="settled-commission" fen={balance.settledFen} /> : '—'}</View>
          <Text className="muted">已结算佣金</Text>
        </View>
        <View className="me-dist__stat">
          <Text id="team-count" className="me-dist__value me-dist__count">
            {panel.directTeamCount}
          </Text>
          <Text className="muted">直属团队</Text>
        </View>
      </View>
      <Button id="shop-code-button" type="primary" fill="outline" block onClick={() => void openShopCode()}>
        我的店铺码
      </Button>
      <View className="me-dist__links">
        {DISTRIBUTOR_LINKS.map((l) => (
          <View key={l.id} id={l.id} className="me-dist__link" onClick={() => void openPage(l.page)}>
            <Text className="me-dist__link-title">{l.title}</Text>
            <Text className="muted">{l.hint}</Text>
          </View>
        ))}
      </View>

      <View className="me-dist__entries">
        <Text className="me-dist__entries-title">最近佣金</Text>
        {entries.length === 0 ? (
          <Text className="muted me-dist__none">还没有佣金记录，分享商品给好友试试吧</Text>
        ) : (
          entries.map((e) => (
            <View key={e.id} className="me-entry">
              <View className="me-entry__main">
                <Text className="me-entry__title">{e.productTitle}</Text>
                <Text className="muted">
                  {levelLabel(e.level)} · {ENTRY_STATE_LABELS[e.state]}
                </Text>
              </View>
              <Price fen={e.amountFen} size="small" />
            </View>
          ))
        )}
      </View>

      <ShareSheet
        visible={sheetOpen}
        onClose={() => setSheetOpen(false)}
        title="我的店铺码"
        hint="好友扫码进店并下单，你可获得佣金"
        code={code}
      />
    </View>
  );
}

function MeContent() {
  const [round, setRound] = useState(0);
  const me = useRemote(loadMe, `me-${round}`);
  const firstShow = useRef(true);
  useDidShow(() => {
    // Coming back from an order or a persona switch: the panel may have changed.
    if (firstShow.current) firstShow.current = false;
    else setRound((r) => r + 1);
  });

  if (me.data === null) return <RemoteView remote={me} />;
  const { panel } = me.data;

  return (
    <View className="me">
      <View className="me-header">
        <View className="me-header__avatar">{panel.nickname.slice(0, 1) || '我'}</View>
        <View className="me-header__info">
          <Text id="nickname" className="me-header__name">
            {panel.nickname}
          </Text>
          {panel.superiorName !== null ? (
            <View className="me-header__superior">
              <Text>我的推荐人：</Text>
              <Text id="superior-name">{panel.superiorName}</Text>
            </View>
          ) : null}
        </View>
      </View>

      <View className="card me-orders">
        <Cell title="我的订单" extra="全部订单 ›" onClick={() => void openPage(PAGES.orders)} />
        <View className="me-orders__shortcuts">
          {ORDER_SHORTCUTS.map((s) => (
            <View key={s.status} className="me-orders__shortcut" onClick={() => void openPage(PAGES.orders, { status: s.status })}>
              <View className={`me-orders__icon me-orders__icon--${s.status.toLowerCase()}`} />
              <Text>{s.label}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className="card me-member">
        {MEMBER_LINKS.map((l) => (
          <View key={l.id} id={l.id}>
            <Cell title={l.title} extra={`${l.hint} ›`} onClick={() => void openPage(l.page)} />
          </View>
        ))}
      </View>

      <View className="card me-marketing">
        {MARKETING_LINKS.map((l) => (
          <View key={l.id} id={l.id}>
            <Cell title={l.title} extra={`${l.hint} ›`} onClick={() => void openPage(l.page)} />
          </View>
        ))}
      </View>

      <DistributorCard data={me.data} onChanged={() => setRound((r) => r + 1)} />

      <View className="card">
        <Cell title="附近门店 · 到店预约" extra="›" onClick={() => void openPage(PAGES.stores)} />
      </View>

      {/* Staff reach the admin through its tab; an invited user redeems their code there (the tab shows afterwards). */}
      <View id="staff-entry" className="me-persona" onClick={() => void openPage(PAGES.admin)}>
        店员入口
      </View>

      {switchesLocalIdentity() ? (
        <View id="switch-persona" className="me-persona" onClick={() => void openPage(PAGES.persona)}>
          切换身份（本地）
        </View>
      ) : null}
    </View>
  );
}

export default function MePage() {
  return <PageShell page={PAGES.me}>{() => <MeContent />}</PageShell>;
}
