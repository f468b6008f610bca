import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Compiler } from 'webpack'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Text assets worth compressing; images and fonts are compressed formats already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/
/** Below this a compressed copy saves less than the Content-Encoding header and a round of work. */
const MIN_BYTES = 1024

/**
 * Writes `name.br` (brotli, best quality) and `name.gz` (gzip, level 9) beside every emitted
 * text asset of the H5 build, once at build time, so the server sends compressed files without
 * compressing on each request (server/src/http/static-app.ts picks the one the browser takes).
 * A copy is kept only when it is smaller than the original.
 */
export class PrecompressPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise('ZhengminPrecompress', async (compilation) => {
      const outputPath = compilation.outputOptions.path ?? compiler.outputPath
      const work = compilation
        .getAssets()
        .filter((asset) => COMPRESSIBLE.test(asset.name) && asset.source.size() >= MIN_BYTES)
        .map(async (asset) => {
          // After emit webpack keeps only the sizes of the sources: read what was written.
          const target = path.join(outputPath, asset.name)
          const bytes = await readFile(target)
          const [br, gz] = await Promise.all([
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gzipAsync(bytes, { level: 9 }),
          ])
          if (br.length < bytes.length) await writeFile(`${target}.br`, br)
          if (gz.length < bytes.length) await writeFile(`${target}.gz`, gz)
        })
      await Promise.all(work)
    })
  }
}
