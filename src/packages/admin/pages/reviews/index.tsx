import { Image, Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import { MAX_HOT_WORDS } from '@/contracts/catalog';
import { PAGES } from '@/contracts/pages';
import type { AdminReviewView } from '@/contracts/reviews';
import { MAX_REPLY_TEXT } from '@/domain/review/review-rules';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { SaveBar } from '@/components/ui-kit/save-bar';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { stars } from '@/components/review-item';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { getSearchHints } from '@/services/catalog';
import { listAdminReviews, replyReview, saveHotWords, setReviewHidden } from '@/services/product-admin';
import '../admin.scss';

function ReviewRow({ r, onChanged }: { r: AdminReviewView; onChanged: () => void }) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState(r.reply?.text ?? '');
  const toggle = async () => {
    if (await runAction(r.hidden ? '正在显示…' : '正在隐藏…', r.hidden ? '已显示' : '已隐藏', () => setReviewHidden(r.id, !r.hidden))) onChanged();
  };
  const send = async () => {
    if (await runAction('正在回复…', '已回复', () => replyReview(r.id, reply.trim()))) {
      setReplying(false);
      onChanged();
    }
  };
  return (
    <View id={`review-${r.id}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{r.productTitle}</Text>
        <Text className="muted">{r.hidden ? '已隐藏' : '展示中'}</Text>
      </View>
      <Text className="muted">{`${r.nickname} · ${stars(r.rating)} · ${r.specs} · ${formatTime(r.createdAt)}${r.isDefault ? ' · 系统默认好评' : ''}`}</Text>
      <Text className="admin-note">{r.text || '（未填写文字）'}</Text>
      {r.photos.length > 0 ? (
        <View className="row">
          {r.photos.map((src) => (
            <Image key={src} src={src} mode="aspectFill" style={{ width: '56px', height: '56px', borderRadius: '6px', marginRight: '6px' }} />
          ))}
        </View>
      ) : null}
      {r.reply ? <Text className="admin-note">{`商家回复：${r.reply.text}`}</Text> : null}
      <Text className="muted">{`订单 ${r.orderId}`}</Text>
      {replying ? <TextField id={`reply-text-${r.id}`} label="回复内容" value={reply} onChange={setReply} maxlength={MAX_REPLY_TEXT} /> : null}
      <View className="admin-actions">
        {replying ? (
          <Button id={`reply-send-${r.id}`} size="small" type="primary" disabled={!reply.trim()} onClick={() => void send()}>
            发送回复
          </Button>
        ) : (
          <Button id={`reply-${r.id}`} size="small" fill="outline" onClick={() => setReplying(true)}>
            {r.reply ? '修改回复' : '回复'}
          </Button>
        )}
        <Button id={`hide-${r.id}`} size="small" type={r.hidden ? 'primary' : 'danger'} onClick={() => void toggle()}>
          {r.hidden ? '重新显示' : '隐藏'}
        </Button>
      </View>
    </View>
  );
}

/** 热门搜索: the words the search page offers, one per line or separated by spaces / commas. */
function HotWordsCard() {
  const hints = useRemote(getSearchHints, 'hot-words');
  const [text, setText] = useState<string | null>(null);
  const value = text ?? (hints.data?.hotWords ?? []).join(' ');
  const save = async () => {
    const words = value.split(/[\s,，、]+/).filter(Boolean).slice(0, MAX_HOT_WORDS);
    if (await runAction('正在保存…', '已保存', () => saveHotWords(words))) hints.reload();
  };
  return (
    <View className="card">
      <TextField id="hot-words" label="热门搜索词" value={value} onChange={setText} placeholder={`最多 ${MAX_HOT_WORDS} 个，用空格分隔`} maxlength={200} />
      <SaveBar id="hot-words-save" label="保存热门搜索" onSave={save} />
    </View>
  );
}

function ReviewsContent() {
  const [round, setRound] = useState(0);
  const list = usePagedList((cursor) => listAdminReviews({ cursor, limit: 20 }), String(round));
  useReachBottom(() => list.loadMore());
  return (
    <View>
      <HotWordsCard />
      <PagedListView list={list} empty="还没有评价">
        {(r) => <ReviewRow key={`${r.id}-${r.hidden}-${r.reply?.at ?? ''}`} r={r} onChanged={() => setRound((n) => n + 1)} />}
      </PagedListView>
    </View>
  );
}

export default function AdminReviewsPage() {
  return <PageShell page={PAGES.adminReviews}>{() => <ReviewsContent />}</PageShell>;
}
