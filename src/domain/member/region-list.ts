/**
 * A small 省 / 市 / 区 list for the H5 shop's region picker (the mini program uses WeChat's own, complete region
 * picker). Names are written as WeChat's picker writes them, so an address reads the same from either.
 */
export interface RegionNode {
  name: string;
  children?: RegionNode[];
}

const d = (...names: string[]): RegionNode[] => names.map((name) => ({ name }));

export const REGION_LIST: readonly RegionNode[] = [
  { name: '北京市', children: [{ name: '北京市', children: d('东城区', '西城区', '朝阳区', '海淀区', '丰台区') }] },
  { name: '上海市', children: [{ name: '上海市', children: d('黄浦区', '徐汇区', '静安区', '浦东新区', '闵行区') }] },
  {
    name: '浙江省',
    children: [
      { name: '杭州市', children: d('上城区', '拱墅区', '西湖区', '滨江区', '余杭区') },
      { name: '宁波市', children: d('海曙区', '江北区', '鄞州区') },
      { name: '温州市', children: d('鹿城区', '龙湾区', '瓯海区') },
    ],
  },
  {
    name: '江苏省',
    children: [
      { name: '南京市', children: d('玄武区', '秦淮区', '鼓楼区', '建邺区') },
      { name: '苏州市', children: d('姑苏区', '虎丘区', '吴中区', '相城区') },
    ],
  },
  {
    name: '广东省',
    children: [
      { name: '广州市', children: d('越秀区', '海珠区', '天河区', '白云区') },
      { name: '深圳市', children: d('罗湖区', '福田区', '南山区', '宝安区') },
    ],
  },
  {
    name: '四川省',
    children: [{ name: '成都市', children: d('锦江区', '青羊区', '金牛区', '武侯区') }],
  },
];

/** The names to offer at each level for what is chosen so far (an unknown name offers nothing below it). */
export function regionOptions(chosen: readonly string[]): [string[], string[], string[]] {
  const province = REGION_LIST.find((p) => p.name === chosen[0]);
  const city = province?.children?.find((c) => c.name === chosen[1]);
  return [REGION_LIST.map((p) => p.name), (province?.children ?? []).map((c) => c.name), (city?.children ?? []).map((x) => x.name)];
}
