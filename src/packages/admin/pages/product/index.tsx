import { MAX_KEYWORDS } from '@/domain/catalog/search-tokens';
import { Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { CategoryView } from '@/contracts/catalog';
import { PAGES } from '@/contracts/pages';
import type { AdminProductView } from '@/contracts/product-admin';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { formatFen } from '@/domain/money/format-fen';
import { toFen } from '@/domain/money/fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { useRemote } from '@/hooks/use-remote';
import { listCategories } from '@/services/catalog';
import { getAdminProduct, saveProduct, uploadProductImage } from '@/services/product-admin';
import { ProductCommissionCard } from './commission-card';
import '../admin.scss';

interface SkuRow {
  skuId?: string;
  specs: string;
  priceYuan: string;
  stock: string;
  /** The stock this form loaded: the server saves a changed stock only while the SKU still holds it. */
  loadedStock?: number;
}

interface Loaded {
  categories: CategoryView[];
  product: AdminProductView | null;
}

const yuan = (fen: number) => formatFen(toFen(fen)).replace('¥', '');

function ProductForm({ loaded }: { loaded: Loaded }) {
  const p = loaded.product;
  const [title, setTitle] = useState(p?.title ?? '');
  const [subtitle, setSubtitle] = useState(p?.subtitle ?? '');
  const [categoryId, setCategoryId] = useState(p?.categoryId ?? loaded.categories[0]?.id ?? '');
  const [description, setDescription] = useState(p?.description ?? '');
  const [images, setImages] = useState<string[]>(p?.images ?? []);
  const [keywords, setKeywords] = useState((p?.keywords ?? []).join(' '));
  const [shareCopy, setShareCopy] = useState(p?.shareMaterial?.copy ?? '');
  const [shareImages, setShareImages] = useState<string[]>(p?.shareMaterial?.images ?? []);
  const toggleShareImage = (url: string) => setShareImages(shareImages.includes(url) ? shareImages.filter((u) => u !== url) : [...shareImages, url]);
  const [skus, setSkus] = useState<SkuRow[]>(
    p?.skus.map((s) => ({ skuId: s.id, specs: s.specs, priceYuan: yuan(s.priceFen), stock: String(s.stock), loadedStock: s.stock })) ?? [{ specs: '默认', priceYuan: '', stock: '0' }],
  );
  // One idempotency key per form: pressing 保存 twice on a new product creates it once.
  const requestId = useRef(newRequestId('pd')).current;
  const missing = [!title.trim() ? '商品名称' : null, images.length === 0 ? '至少一张图片' : null].filter((m): m is string => m !== null);
  const setSku = (i: number, patch: Partial<SkuRow>) => setSkus(skus.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const addImage = async () => {
    try {
      const image = await chooseImageBase64(800);
      if (!image) return;
      await runAction('正在上传…', '已上传', async () => {
        const { url } = await uploadProductImage(image);
        setImages((list) => [...list, url]);
      });
    } catch (err) {
      showError(err);
    }
  };

  const save = async () => {
    const rows = skus.map((s) => ({ skuId: s.skuId, loadedStock: s.loadedStock, specs: s.specs.trim(), priceFen: parseYuan(s.priceYuan), stock: /^\d{1,6}$/.test(s.stock.trim()) ? Number(s.stock.trim()) : null }));
    if (rows.some((r) => !r.specs || r.priceFen === null || r.priceFen < 1 || r.stock === null)) return showError(new Error('请填写每个规格的名称、价格（元）和库存'));
    let saved: AdminProductView | null = null;
    const ok = await runAction('正在保存…', p ? '已保存' : '已创建（未上架）', async () => {
      saved = await saveProduct({
        requestId,
        ...(p ? { productId: p.id } : {}),
        title: title.trim(),
        subtitle: subtitle.trim(),
        categoryId,
        description,
        images,
        // 搜索关键词: separated by spaces or commas; the server trims, lowercases and caps them.
        keywords: keywords.split(/[\s,，、]+/).filter(Boolean).slice(0, MAX_KEYWORDS),
        // Only images still on the product can be shared; empty copy means no material.
        shareMaterial: shareCopy.trim() ? { copy: shareCopy.trim(), images: shareImages.filter((u) => images.includes(u)) } : null,
        skus: rows.map((r) => ({ ...(r.skuId ? { skuId: r.skuId, expectedStock: r.loadedStock ?? 0 } : {}), specs: r.specs, priceFen: r.priceFen ?? 0, stock: r.stock ?? 0 })),
      });
    });
    if (ok && saved) void Taro.navigateBack();
  };

  return (
    <View className="with-bottom-bar">
      <View className="card">
        <Text className="card-title">基本信息</Text>
        <TextField id="product-title" label="商品名称" required value={title} onChange={setTitle} maxlength={40} />
        <TextField id="product-subtitle" label="卖点" value={subtitle} onChange={setSubtitle} maxlength={60} />
        <TextField id="product-keywords" label="搜索关键词" value={keywords} onChange={setKeywords} placeholder="顾客搜这些词也能找到，用空格分隔" maxlength={120} />
        <View className="policy__row">
          <Text className="policy__label">分类</Text>
          <View className="policy__chips">
            {loaded.categories.map((c) => (
              <View key={c.id} id={`product-category-${c.id}`} className={`policy__chip${c.id === categoryId ? ' policy__chip--on' : ''}`} onClick={() => setCategoryId(c.id)}>
                {c.name}
              </View>
            ))}
          </View>
        </View>
        <View className="policy__row">
          <Text className="policy__label">
            图片<Text className="admin-field__required"> *</Text>（第一张为封面，最多 9 张，点图片删除）
          </Text>
          <View className="admin-product__images">
            {images.map((url) => (
              <Image key={url} className="admin-product__thumb" src={url} mode="aspectFill" onClick={() => setImages(images.filter((u) => u !== url))} />
            ))}
            {images.length < 9 ? (
              <View id="product-add-image" className="admin-product__add" onClick={() => void addImage()}>
                +
              </View>
            ) : null}
          </View>
        </View>
        <Text className="policy__label">详情</Text>
        <Textarea id="product-description" value={description} maxlength={2000} autoHeight onInput={(e) => setDescription(e.detail.value)} />
      </View>

      <View className="card">
        <Text className="card-title">分享素材（分销商一键复制、保存）</Text>
        <Textarea id="product-share-copy" value={shareCopy} maxlength={500} autoHeight placeholder="推荐文案，留空则使用默认文案" onInput={(e) => setShareCopy(e.detail.value)} />
        <Text className="policy__label">分享图片（点选商品图片）</Text>
        <View className="admin-product__images">
          {images.map((url) => (
            <Image
              key={url}
              className={`admin-product__thumb${shareImages.includes(url) ? ' admin-product__thumb--on' : ''}`}
              src={url}
              mode="aspectFill"
              onClick={() => toggleShareImage(url)}
            />
          ))}
        </View>
      </View>

      <View className="card">
        <Text className="card-title">规格、价格与库存</Text>
        {skus.map((s, i) => (
          <View key={s.skuId ?? `new-${i}`} className="admin-product__sku">
            <TextField id={`sku-specs-${i}`} label="规格" required value={s.specs} onChange={(v) => setSku(i, { specs: v })} maxlength={30} />
            <TextField id={`sku-price-${i}`} label="价格（元）" required type="digit" value={s.priceYuan} onChange={(v) => setSku(i, { priceYuan: v })} />
            <TextField id={`sku-stock-${i}`} label="可售库存（不含待付款占用）" required type="number" value={s.stock} onChange={(v) => setSku(i, { stock: v })} />
          </View>
        ))}
        {skus.length < 20 ? (
          <View className="admin-actions">
            <Button size="small" fill="outline" onClick={() => setSkus([...skus, { specs: '', priceYuan: '', stock: '0' }])}>
              添加规格
            </Button>
          </View>
        ) : null}
        <Text className="muted">已有规格不能删除（历史订单引用），不再销售请把库存设为 0。</Text>
      </View>

      {p ? <ProductCommissionCard productId={p.id} /> : null}

      <View className="card">
        {/* Why 创建 / 保存 is greyed, and what happens to a new product. */}
        {missing.length > 0 ? (
          <Text id="product-save-reason" className="admin-note">
            还需填写：{missing.join('、')}
          </Text>
        ) : null}
        {p ? null : (
          <Text id="product-new-note" className="muted">
            新商品创建后为「未上架」，在商品列表点「上架」后顾客才能看到。
          </Text>
        )}
      </View>

      <View className="bottom-bar">
        <Button id="product-save" type="primary" block disabled={missing.length > 0} onClick={() => void save()}>
          {p ? '保存' : '创建商品'}
        </Button>
      </View>
    </View>
  );
}

function ProductContent({ productId }: { productId: string | undefined }) {
  const data = useRemote<Loaded>(
    async () => ({ categories: await listCategories(), product: productId ? await getAdminProduct(productId) : null }),
    productId ?? 'new',
  );
  return <RemoteView remote={data}>{(data) => <ProductForm loaded={data} />}</RemoteView>;
}

export default function AdminProductPage() {
  return <PageShell page={PAGES.adminProduct}>{(params) => <ProductContent productId={params.productId} />}</PageShell>;
}
