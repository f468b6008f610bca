export default definePageConfig({
  navigationBarTitleText: '回复选登管理',
  enablePullDownRefresh: true,
})
