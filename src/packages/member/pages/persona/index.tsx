import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { pageUrl } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { createLocalUser, listPersonas, setLocalOpenid } from '@/services/local-identity';
import { switchesLocalIdentity } from '@/services/runtime';
import './index.scss';

/** Local mode only: act as the demo staff, distributor or customer, or as a brand-new visitor. */
function PersonaContent() {
  const personas = useRemote(listPersonas, 'personas');
  const [busy, runBusy] = useBusy();

  const backToMe = () => Taro.reLaunch({ url: pageUrl(PAGES.me) });

  const choose = (openid: string) => {
    setLocalOpenid(openid);
    void backToMe();
  };

  const fresh = async () => {
    await runBusy(async () => {
      await createLocalUser();
      await backToMe();
    });
  };

  if (personas.data === null) return <RemoteView remote={personas} />;
  return (
    <View className="persona">
      <Text className="persona__intro">本地模式下可以切换为演示用户，体验店员、分销商和顾客的不同视角。</Text>
      {personas.data.length === 0 ? <EmptyState text="暂无演示身份" /> : null}
      {personas.data.map((p) => (
        <View key={p.openid} id={`persona-${p.openid}`} className="card persona__item" onClick={() => choose(p.openid)}>
          <View className="persona__avatar">{p.nickname.slice(0, 1)}</View>
          <View className="persona__info">
            <Text className="persona__name">{p.nickname}</Text>
            <Text className="muted">{p.label}</Text>
          </View>
          <Text className="persona__go">切换 ›</Text>
        </View>
      ))}
      <View className="persona__new">
        <Button id="persona-new" type="primary" fill="outline" block loading={busy} onClick={() => void fresh()}>
          新用户
        </Button>
      </View>
    </View>
  );
}

export default function PersonaPage() {
  if (!switchesLocalIdentity()) {
    return <EmptyState text="切换身份仅在本地 H5 模式可用" />;
  }
  return <PageShell page={PAGES.persona}>{() => <PersonaContent />}</PageShell>;
}
