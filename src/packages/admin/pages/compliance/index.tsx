import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { PageShell } from '@/components/page-shell';
import '../admin.scss';

/**
 * Why each distribution setting exists or does not. The rules themselves are enforced in
 * src/domain/compliance (refusals carry the same sources); this page explains them to the merchant.
 */
const RULES: { title: string; rule: string; source: string }[] = [
  {
    title: '分佣层级：默认两级，最多三级',
    rule: '佣金只计算到买家的上级和上上级（两级）。开启三级须由管理员确认风险，系统记录确认人与时间；四级及以上无法设置。',
    source:
      '微信《关于整顿多级分销欺诈行为的公告》（2016年9月）及微信安全中心说明：平台只允许两级分销（含分享者本人），三级及以上可能导致微信支付被停用或账号被封。《最高人民法院 最高人民检察院 公安部关于办理组织领导传销活动刑事案件适用法律若干问题的意见》（2013）：组织者在三级以上、参与人数三十人以上即可追诉。',
  },
  {
    title: '成为分销商永远免费',
    rule: '不能收取入门费、不能设置付费礼包、不能要求购买指定商品才能成为分销商。可选的门槛只有：所有人、首单付款后、累计消费满额（不含退款，且任何商品均计入）、申请审核、店员指定。',
    source: '《禁止传销条例》（国务院令第444号）第七条第二项：以交纳费用或者以认购商品等方式变相交纳费用取得加入资格，属于传销行为。',
  },
  {
    title: '不按拉人头计酬',
    rule: '佣金只来自真实付款订单的商品金额；没有“邀请注册奖励”。分销等级的升级条件和分销商资格都不能按人数设置（直推人数、团队人数、付款下线人数都不行），只看分销商本人的业绩：自购消费、已结算佣金、付款订单数。以前保存过人数条件的等级已自动去掉该条件并记入操作日志；去掉后没有条件的等级改为由店员指定。',
    source: '《禁止传销条例》第七条第一项：以发展人员的数量作为计酬或者返利依据，属于传销行为；微信《关于整顿多级分销欺诈行为的公告》同样把按下线人数计酬列为违规特征。等级决定佣金比例，按人头升级就是按人头计酬。',
  },
  {
    title: '佣金不超过实付金额，按实收计算',
    rule: '各级比例之和不超过 100%；佣金按买家实付（扣除优惠）计算，退款后按剩余金额重新计算并冲回。',
    source: '防止以佣金变相返现和虚假交易；也是《电子商务法》对真实交易记录的要求。',
  },
  {
    title: '冻结期与售后',
    rule: '佣金在买家确认收货并经过冻结天数、且没有进行中的售后后才结算，结算后才可提现；冻结天数建议不短于售后期（默认 7 天）。',
    source: '《消费者权益保护法》第二十五条：网购商品七日无理由退货。冻结期保证退款时佣金能够冲回。',
  },
  {
    title: '提现需审核并依法纳税',
    rule: '提现由财务审核后打款，可设单笔上下限、每日上限和手续费；冻结中的分销商暂停提现。',
    source: '佣金属于个人劳务报酬所得，商家依《个人所得税法》负有代扣代缴义务，请按当地税务要求处理。',
  },
];

export default function AdminCompliancePage() {
  return (
    <PageShell page={PAGES.adminCompliance}>
      {() => (
        <View>
          {RULES.map((r) => (
            <View key={r.title} className="card">
              <Text className="card-title">{r.title}</Text>
              <Text className="admin-note">{r.rule}</Text>
              <Text className="muted">依据：{r.source}</Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
