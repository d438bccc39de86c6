import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { PagePath } from '@/contracts/pages';
import type { PageParams } from '@/hooks/navigation';
import { useEntryScene } from '@/hooks/use-entry-scene';
import { FollowOfficialAccount } from '../follow-official-account';
import { LoadingView } from '../status-view';

interface PageShellProps {
  /** This page's path (from PAGES): decides whether a scene's target is here or elsewhere. */
  page: PagePath;
  /** The page content, rendered only once any `?scene=` has been bound; gets the page params (scene target merged in). */
  children: (params: PageParams) => ReactNode;
  className?: string;
}

/**
 * Wraps every page: the scene gate first, then the content; a page a scan opened also offers 关注公众号, above the
 * content, because pages pin their 购买/结算 bars (and the tab bar) to the bottom where they would cover it.
 */
export function PageShell({ page, children, className }: PageShellProps) {
  const entry = useEntryScene(page);
  const scanned = Boolean((useRouter().params as Record<string, string | undefined>).scene);
  return (
    <View className={className}>
      {scanned && entry.status !== 'resolving' ? <FollowOfficialAccount /> : null}
      {entry.status === 'resolving' ? <LoadingView text="正在打开…" /> : children(entry.params)}
    </View>
  );
}
