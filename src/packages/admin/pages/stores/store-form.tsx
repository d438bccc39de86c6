import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { StoreAdminView } from '@/contracts/stores';
import type { Region } from '@/domain/o2o/region';
import { Chips } from '@/components/ui-kit/chips';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { showError } from '@/components/show-error';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { saveStore, uploadStoreImage, type StoreFields } from '@/services/store-admin';

/** saveStore takes at most 9 photos. */
const MAX_PHOTOS = 9;

interface Form {
  name: string;
  address: string;
  province: string;
  city: string;
  district: string;
  lat: string;
  lng: string;
  phone: string;
  open: string;
  close: string;
  slots: string;
  capacity: string;
  photos: string[];
  isOpen: boolean;
}

const EMPTY: Form = { name: '', address: '', province: '', city: '', district: '', lat: '', lng: '', phone: '', open: '09:00', close: '21:00', slots: '10:00,14:00,16:00', capacity: '5', photos: [], isOpen: true };

function toForm(s: StoreAdminView): Form {
  return {
    name: s.name,
    address: s.address,
    province: s.region.province,
    city: s.region.city ?? '',
    district: s.region.district ?? '',
    lat: String(s.location.latitude),
    lng: String(s.location.longitude),
    phone: s.phone,
    open: s.hours.open,
    close: s.hours.close,
    slots: s.slotTimes.join(','),
    capacity: String(s.slotCapacity),
    photos: s.photos,
    isOpen: s.open,
  };
}

export const toRegion = (province: string, city: string, district: string): Region => ({
  province: province.trim(),
  city: city.trim() || null,
  district: city.trim() ? district.trim() || null : null,
});

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form as saveStore's fields, or what to fix (the server checks again; this only saves a round trip). */
function toFields(f: Form): StoreFields | string {
  if (!f.name.trim()) return '请填写门店名称';
  if (f.address.trim().length < 2) return '请填写门店地址';
  if (f.province.trim().length < 2) return '请填写省份';
  const latitude = Number(f.lat);
  const longitude = Number(f.lng);
  if (f.lat.trim() === '' || f.lng.trim() === '' || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) return '请填写门店经纬度（纬度 -90~90，经度 -180~180）';
  if (!/^[0-9-]{5,20}$/.test(f.phone.trim())) return '请填写门店电话（数字和 -）';
  if (!HHMM.test(f.open) || !HHMM.test(f.close)) return '营业时间格式为 09:00';
  const slotTimes = f.slots.split(/[,，\s]+/).filter(Boolean);
  if (slotTimes.some((t) => !HHMM.test(t))) return '预约时段格式为 10:00,14:00';
  const slotCapacity = Number(f.capacity || '0');
  if (!Number.isInteger(slotCapacity) || slotCapacity < 0) return '每时段名额请填整数';
  return {
    name: f.name.trim(),
    address: f.address.trim(),
    region: toRegion(f.province, f.city, f.district),
    location: { latitude, longitude },
    phone: f.phone.trim(),
    hours: { open: f.open, close: f.close },
    photos: f.photos,
    open: f.isOpen,
    slotTimes,
    slotCapacity,
  };
}

/**
 * 新建 / 编辑门店: name, address, region, location (typed, or this device's position where the platform gives one),
 * phone, hours, booking slots, photos (uploaded like product images) and open/closed. An edit compare-and-sets on
 * the version the page loaded, so a concurrent edit is refused rather than overwritten.
 */
export function StoreForm({ editing, onSaved, onCancel }: { editing: StoreAdminView | null; onSaved: () => void; onCancel?: () => void }) {
  const [f, setF] = useState<Form>(editing ? toForm(editing) : EMPTY);
  const set = <K extends keyof Form>(key: K) => (v: Form[K]) => setF((x) => ({ ...x, [key]: v }));
  // One key per new store: a retried submit creates it once.
  const requestId = useRef(newRequestId('st'));
  const idp = editing ? `store-edit-${editing.id}` : 'store';

  const fillMyLocation = async () => {
    try {
      const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
      setF((x) => ({ ...x, lat: latitude.toFixed(6), lng: longitude.toFixed(6) }));
    } catch {
      showError(new Error('无法获取当前位置，请手动填写经纬度'));
    }
  };

  const addPhoto = async () => {
    try {
      const image = await chooseImageBase64(800);
      if (!image) return;
      await runAction('正在上传…', '已上传', async () => {
        const { url } = await uploadStoreImage(image);
        setF((x) => ({ ...x, photos: x.photos.includes(url) ? x.photos : [...x.photos, url].slice(0, MAX_PHOTOS) }));
      });
    } catch (err) {
      showError(err);
    }
  };

  const save = () => {
    const fields = toFields(f);
    if (typeof fields === 'string') return showError(new Error(fields));
    void runAction('正在保存…', editing ? '门店已保存' : '门店已创建', async () => {
      await saveStore(editing ? { ...fields, storeId: editing.id, expectedVersion: editing.version } : { ...fields, requestId: requestId.current });
      if (!editing) {
        requestId.current = newRequestId('st');
        setF(EMPTY);
      }
      onSaved();
    });
  };

  return (
    <View id={`${idp}-form`} className="card">
      <Text className="card-title">{editing ? `编辑门店：${editing.name}` : '新建门店'}</Text>
      <TextField id={`${idp}-name`} label="名称" value={f.name} onChange={set('name')} maxlength={30} />
      <TextField id={`${idp}-address`} label="地址" value={f.address} onChange={set('address')} maxlength={120} />
      <TextField id={`${idp}-province`} label="省" value={f.province} onChange={set('province')} placeholder="浙江省" />
      <TextField id={`${idp}-city`} label="市" value={f.city} onChange={set('city')} placeholder="杭州市" />
      <TextField id={`${idp}-district`} label="区县" value={f.district} onChange={set('district')} placeholder="西湖区" />
      <TextField id={`${idp}-lat`} label="纬度" value={f.lat} onChange={set('lat')} type="digit" />
      <TextField id={`${idp}-lng`} label="经度" value={f.lng} onChange={set('lng')} type="digit" />
      <View className="admin-actions">
        <Button id={`${idp}-locate`} size="small" fill="outline" onClick={() => void fillMyLocation()}>
          使用当前位置
        </Button>
      </View>
      <TextField id={`${idp}-phone`} label="电话" value={f.phone} onChange={set('phone')} />
      <TextField id={`${idp}-open`} label="开门" value={f.open} onChange={set('open')} placeholder="09:00" />
      <TextField id={`${idp}-close`} label="关门" value={f.close} onChange={set('close')} placeholder="21:00" />
      <TextField id={`${idp}-slots`} label="预约时段" value={f.slots} onChange={set('slots')} />
      <TextField id={`${idp}-capacity`} label="每时段名额" value={f.capacity} onChange={set('capacity')} type="number" />
      <Chips id={`${idp}-status`} options={[{ value: true, label: '营业中' }, { value: false, label: '暂停营业' }]} value={f.isOpen} onChange={set('isOpen')} />
      <Text className="muted">门店照片（最多 {MAX_PHOTOS} 张，顾客在附近门店和门店详情中可见）</Text>
      <View className="store-form__photos">
        {f.photos.map((url) => (
          <View key={url} className="store-form__photo">
            <Image src={url} mode="aspectFill" className="store-form__img" />
            <Text className="store-form__remove" onClick={() => setF((x) => ({ ...x, photos: x.photos.filter((p) => p !== url) }))}>
              删除
            </Text>
          </View>
        ))}
      </View>
      <View className="admin-actions">
        <Button id={`${idp}-photo`} size="small" fill="outline" disabled={f.photos.length >= MAX_PHOTOS} onClick={() => void addPhoto()}>
          上传照片
        </Button>
      </View>
      <View className="admin-actions">
        <Button id={`${idp}-save`} type="primary" size="small" disabled={!f.name.trim() || !f.province.trim()} onClick={save}>
          {editing ? '保存门店' : '创建门店'}
        </Button>
        {onCancel ? (
          <Button size="small" onClick={onCancel}>
            取消
          </Button>
        ) : null}
      </View>
    </View>
  );
}
