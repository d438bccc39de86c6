export default definePageConfig({ navigationBarTitleText: '刮刮卡 / 大转盘' });
