export default defineAppConfig({
  // The main package holds what the first screen needs; the message form (with its validation
  // library) is a subpackage, downloaded when the citizen opens it. Its page path stays
  // pages/message-new/index.
  pages: ['pages/index/index'],
  // 我的留言, 回复选登, 办事指南 and the staff pages (login, inbox, message, publishing) are subpackages too.
  subPackages: [
    { root: 'pages/message-new', pages: ['index'] },
    { root: 'pages/my-messages', pages: ['index'] },
    { root: 'pages/publications', pages: ['index', 'detail'] },
    { root: 'pages/guides', pages: ['index', 'detail'] },
    // 隐私政策 and 用户协议: opened from home and from the 我要留言 consent.
    { root: 'pages/legal', pages: ['privacy', 'terms'] },
    {
      root: 'staff',
      pages: [
        'login/index',
        'inbox/index',
        'detail/index',
        'publications/index',
        'publications/editor',
        'guides/index',
        'guides/editor',
        'dashboard/index',
        // 代录入 (issue #22): messages received by phone, letter, visit or 12345.
        'intake/index',
      ],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/message-new', 'pages/my-messages'] },
  },
  // Only the public citizen pages may appear in WeChat search (src/sitemap.json).
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f5f8',
    navigationBarBackgroundColor: '#1f5fa8',
    navigationBarTitleText: '政民互动',
    navigationBarTextStyle: 'white',
  },
})
