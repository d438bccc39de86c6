export default definePageConfig({ navigationBarTitleText: '店员与权限' });
