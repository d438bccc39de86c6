export default definePageConfig({ navigationBarTitleText: '我的集点卡' });
