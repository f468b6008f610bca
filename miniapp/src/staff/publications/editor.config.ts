export default definePageConfig({
  navigationBarTitleText: '编辑选登内容',
})
