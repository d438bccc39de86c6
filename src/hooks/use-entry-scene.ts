import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import type { PagePath } from '@/contracts/pages';
import type { BindResult } from '@/contracts/referral';
import { decodeScene } from '@/domain/referral/decode-scene';
import { bindByScene } from '@/services/referral';
import { savePreferredStore } from './preferred-store';
import { replacePage, type PageParams } from './navigation';

/**
 * One bind per scene per app session: a page opened twice with the same scene (back/forward, a redirect to the
 * target page, React re-mounts) reuses the first answer instead of asking the server again.
 */
const bindings = new Map<string, Promise<BindResult | null>>();
/** The "you are now X's customer" message waits here until the page that shows content is on screen. */
let pendingWelcome: string | null = null;

function bindOnce(scene: string): Promise<BindResult | null> {
  let binding = bindings.get(scene);
  if (!binding) {
    binding = bindByScene(scene).then(
      (result) => {
        // A store's counter code: checkout will offer pickup at this store first.
        if (result.target.params.storeId) savePreferredStore(result.target.params.storeId);
        if (result.outcome === 'BOUND') pendingWelcome = `已成为 ${result.sharerName} 的好友客户`;
        return result;
      },
      // An unknown or expired scene is not the visitor's problem: the page simply opens without a binding.
      () => null,
    );
    bindings.set(scene, binding);
  }
  return binding;
}

function showPendingWelcome(): void {
  if (pendingWelcome === null) return;
  const title = pendingWelcome;
  pendingWelcome = null;
  void Taro.showToast({ title, icon: 'none', duration: 2500 });
}

function withoutScene(params: Record<string, string | undefined>): PageParams {
  const out: PageParams = {};
  for (const [k, v] of Object.entries(params)) {
    if (k !== 'scene' && !k.startsWith('$') && v !== undefined) out[k] = v;
  }
  return out;
}

export type EntryState = { status: 'resolving' } | { status: 'ready'; params: PageParams };

/**
 * The scene gate every page passes through. Opened with `?scene=` the page first binds the visitor to the sharer,
 * then either renders (with the scene's target params merged in) or, when the scene points at another page,
 * replaces itself with that page.
 */
export function useEntryScene(page: PagePath): EntryState {
  const router = useRouter();
  const routerParams = router.params as Record<string, string | undefined>;
  const scene = decodeScene(routerParams.scene);
  // The router hands a new params object on every render; its text says whether anything changed.
  const paramsText = JSON.stringify(routerParams);
  const plainParams = useMemo(() => withoutScene(JSON.parse(paramsText) as Record<string, string | undefined>), [paramsText]);
  const [state, setState] = useState<EntryState>(() =>
    scene === null ? { status: 'ready', params: plainParams } : { status: 'resolving' },
  );

  useEffect(() => {
    if (scene === null) {
      setState({ status: 'ready', params: plainParams });
      showPendingWelcome();
      return;
    }
    let live = true;
    void bindOnce(scene).then((result) => {
      if (!live) return;
      if (result === null) {
        setState({ status: 'ready', params: plainParams });
        return;
      }
      const { target } = result;
      if (target.page !== page) {
        void replacePage(target.page, target.params);
        return;
      }
      setState({ status: 'ready', params: { ...plainParams, ...target.params } });
      showPendingWelcome();
    });
    return () => {
      live = false;
    };
  }, [scene, page, plainParams]);

  return state;
}
