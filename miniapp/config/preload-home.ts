import type { Compilation, Compiler } from 'webpack'

// html-webpack-plugin comes with Taro's webpack runner; its hooks are reached through it.
const HtmlWebpackPlugin = require('html-webpack-plugin') as {
  getHooks: (compilation: Compilation) => {
    alterAssetTagGroups: {
      tap: (name: string, fn: (data: { headTags: HtmlTag[] }) => { headTags: HtmlTag[] }) => void
    }
  }
}

interface HtmlTag {
  tagName: string
  voidTag: boolean
  attributes: Record<string, string | boolean>
  meta: Record<string, unknown>
}

/**
 * Adds `<link rel="preload">` for the home page's own chunks (scripts and styles) to
 * index.html. Taro loads a page's chunks only after the entry scripts have run, which costs a
 * round trip after them on a slow link; preloaded, they download alongside the entry.
 */
export class PreloadHomePlugin {
  constructor(private readonly pageRequest: RegExp) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('ZhengminPreloadHome', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'ZhengminPreloadHome',
        (data) => {
          const publicPath = String(compilation.outputOptions.publicPath ?? '/')
          const files = new Set<string>()
          for (const group of compilation.chunkGroups) {
            const isHome = group.origins.some((origin) => this.pageRequest.test(origin.request))
            if (!isHome) continue
            for (const chunk of group.chunks) for (const file of chunk.files) files.add(file)
          }
          const tags: HtmlTag[] = [...files]
            .filter((file) => /\.(js|css)$/.test(file))
            .map((file) => ({
              tagName: 'link',
              voidTag: true,
              attributes: {
                rel: 'preload',
                as: file.endsWith('.css') ? 'style' : 'script',
                href: `${publicPath}${file}`,
              },
              meta: { plugin: 'ZhengminPreloadHome' },
            }))
          return { ...data, headTags: [...data.headTags, ...tags] }
        },
      )
    })
  }
}
