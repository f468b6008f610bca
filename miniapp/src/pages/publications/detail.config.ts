export default definePageConfig({
  navigationBarTitleText: '回复选登',
})
