export default definePageConfig({ navigationBarTitleText: '分销合规说明' });
