export default definePageConfig({
  navigationBarTitleText: '回复选登',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
