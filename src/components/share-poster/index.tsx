import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '../nut/button';
import { showError, showInfo } from '../show-error';
import type { PosterContent } from './draw-poster';
import { useBusy } from '@/hooks/use-busy';
import { savesToAlbum } from '@/services/canvas-image';
import { makePoster, savePoster } from './make-poster';
import './index.scss';

export type { PosterContent } from './draw-poster';

/** "生成海报": the picture, price, shop name and code on one image, drawn on canvas, then saved to the album. */
export function SharePoster({ content }: { content: PosterContent }) {
  const [poster, setPoster] = useState<string | null>(null);
  const [busy, runBusy] = useBusy();
  const make = async () => {
    await runBusy(async () => {
      setPoster(await makePoster(content));
    });
  };
  const save = async () => {
    if (poster === null) return;
    try {
      await savePoster(poster);
      showInfo(savesToAlbum() ? '已保存到相册' : '海报已下载');
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="share-poster">
      {poster === null ? (
        <Button id="share-poster-button" fill="outline" type="primary" block loading={busy} onClick={() => void make()}>
          生成分享海报
        </Button>
      ) : (
        <View className="share-poster__result">
          <Image id="share-poster-image" className="share-poster__image" src={poster} mode="aspectFit" showMenuByLongpress />
          <Button id="share-poster-save" type="primary" block onClick={() => void save()}>
            {savesToAlbum() ? '保存到相册' : '下载海报'}
          </Button>
        </View>
      )}
    </View>
  );
}
