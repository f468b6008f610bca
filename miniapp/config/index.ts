import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type WebpackChain from 'webpack-chain'
import devConfig from './dev'
import { PrecompressPlugin } from './precompress'
import { PreloadHomePlugin } from './preload-home'
import { rootFontSizeScript } from './root-font-size'
import prodConfig from './prod'
import { weappReleaseSettings, WeappReleaseError } from './weapp-release'

// Build-time settings (the ONLY place the app reads environment variables):
// - TARO_APP_API_BASE: origin of the API. Empty for H5 (same origin: requests go to /api/v1/…);
//   for the mini-program's development build (`build:weapp:dev`) http://127.0.0.1:3000
//   (DevTools with domain checking turned off). The release build (`build:weapp`, Taro mode
//   `release`) requires an https origin that is not localhost, see weapp-release.ts.
// - ZHENGMIN_WEAPP_APPID: the mini-program's AppID, required by the release build, written into
//   the output's project.config.json (development builds keep project.config.dev.json's
//   touristappid).
// - ZHENGMIN_WECHAT_ACCOUNT_NAME / ZHENGMIN_WECHAT_QR_URL: the bureau's 政务微信 account name and
//   QR-code image. Unknown until the bureau publishes them: the home page then says so.
// - ZHENGMIN_ANSWER_TEMPLATE_ID: the subscribe-message template that tells a citizen their
//   message was answered (the server's WECHAT_ANSWER_TEMPLATE_ID); empty: no prompt is shown.
const platform = process.env.TARO_ENV ?? 'h5'
const defaultApiBase = platform === 'h5' ? '' : 'http://127.0.0.1:3000'
const wechatAccountName = (process.env.ZHENGMIN_WECHAT_ACCOUNT_NAME ?? '').trim()
const wechatQrUrl = (process.env.ZHENGMIN_WECHAT_QR_URL ?? '').trim()
const answerTemplateId = (process.env.ZHENGMIN_ANSWER_TEMPLATE_ID ?? '').trim()

// The workspace package @zhengmin/shared is TypeScript source outside miniapp/ (node_modules holds
// only a symlink to it, resolved to its real path): the script rule must compile it too.
const sharedSource = path.resolve(__dirname, '../../shared/src')
const compileShared = {
  include: [(filename: string) => filename.startsWith(sharedSource)],
}
// In the mini-program zod (in every subpackage with a form) is compiled too: it ships `?.` and
// `??`, which the oldest base libraries WeChat still supports cannot parse, and the app must not
// depend on the upload's ES6→ES5 option being switched on (the release check parses the output
// as ES2019).
const zodSource = `${path.sep}node_modules${path.sep}zod${path.sep}`
const compileForWeapp = {
  include: [...compileShared.include, (filename: string) => filename.includes(zodSource)],
}

// Its modules only declare things (schemas, the calendar built from constants…): marking them
// free of side effects lets webpack drop what the app does not import (the calendar, the
// message lifecycle) from the bundles, although the app imports from the package's index.
function markSharedSideEffectFree(chain: WebpackChain) {
  chain.module
    .rule('zhengmin-shared-side-effects')
    .test(/\.ts$/)
    .include.add(sharedSource)
    .end()
    // Rule#sideEffects exists in webpack-chain but not in its type definitions.
    .set('sideEffects', false)
}

/**
 * The H5 build. Taro splits initial chunks only, so every page's chunk carried its own copy of
 * what pages share. Here zod (about 100 KB, used by every page with a form or a validated
 * answer, never by home) goes into one chunk of its own, and the libraries two or more pages
 * use (Taro's components) into chunks shared by exactly those pages: each is downloaded with
 * the first page that needs it, then cached. Then brotli and gzip copies of every text asset
 * are written (precompress.ts).
 */
function h5WebpackChain(chain: WebpackChain) {
  markSharedSideEffectFree(chain)
  const splitChunks = chain.optimization.get('splitChunks') as
    { cacheGroups?: Record<string, unknown> } | false | undefined
  if (splitChunks) {
    chain.optimization.splitChunks({
      ...splitChunks,
      cacheGroups: {
        ...splitChunks.cacheGroups,
        zod: {
          test: /[\\/]node_modules[\\/]zod[\\/]/,
          chunks: 'async',
          name: 'zod',
          priority: 200,
          enforce: true,
        },
        pageLibraries: {
          test: /[\\/]node_modules[\\/]/,
          chunks: 'async',
          minChunks: 2,
          minSize: 10_000,
          priority: 150,
          reuseExistingChunk: true,
        },
      },
    })
  }
  // The home page's chunks download alongside the entry instead of after it (preload-home.ts).
  chain.plugin('zhengmin-preload-home').use(PreloadHomePlugin, [/pages[\\/]index[\\/]index/])
  chain.plugin('zhengmin-precompress').use(PrecompressPlugin)
}

/** The API origin, and for a release build of the mini-program its checked settings. */
function buildSettings(release: boolean): { apiBase: string; appId?: string } {
  if (!release) {
    return {
      apiBase: (process.env.TARO_APP_API_BASE ?? defaultApiBase).trim().replace(/\/+$/, ''),
    }
  }
  try {
    return weappReleaseSettings(process.env)
  } catch (error) {
    if (!(error instanceof WeappReleaseError)) throw error
    // A clear line and a non-zero exit rather than Taro's stack trace.
    console.error(
      `\n✖ Release build of the mini-program stopped: ${error.message}\n  (for WeChat DevTools on this machine use npm run build:weapp:dev)\n`,
    )
    process.exit(1)
  }
}

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const release = platform === 'weapp' && mode === 'release'
  const { apiBase, appId } = buildSettings(release)
  // Taro writes this AppID into the output's project.config.json (generateProjectConfig).
  if (appId) process.env.TARO_APP_ID = appId
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhengmin-miniapp',
    date: '2025-11-22',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    // The mini-program's DevTools/upload settings: the release ones (domain check on, minified
    // upload, AppID from ZHENGMIN_WEAPP_APPID) or the local ones (domain check off).
    projectConfigName: release ? 'project.config.json' : 'project.config.dev.json',
    plugins: [],
    defineConstants: {
      ZHENGMIN_API_BASE: JSON.stringify(apiBase),
      ZHENGMIN_WECHAT_ACCOUNT_NAME: JSON.stringify(wechatAccountName),
      ZHENGMIN_WECHAT_QR_URL: JSON.stringify(wechatQrUrl),
      ZHENGMIN_ANSWER_TEMPLATE_ID: JSON.stringify(answerTemplateId),
    },
    // sitemap.json: only the citizen pages may be indexed by WeChat search (app.config.ts).
    copy: {
      patterns:
        platform === 'weapp'
          ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }]
          : [{ from: 'src/favicon.svg', to: 'dist/h5/favicon.svg' }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: compileForWeapp,
      webpackChain: markSharedSideEffectFree,
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: compileShared,
      webpackChain: h5WebpackChain,
      router: { mode: 'hash' },
      // Taro's root-font-size script with desk-sized text for the staff pages on a wide window
      // (root-font-size.ts).
      htmlPluginOption: { script: rootFontSizeScript() },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
