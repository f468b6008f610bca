// Preview or upload the release build of the mini-program with WeChat's miniprogram-ci
// (`npm run weapp:preview`, `npm run weapp:upload`; never run in CI). miniprogram-ci is not a
// dependency of the repository: install it where you upload (`npm install --no-save
// miniprogram-ci`). Settings, from the environment:
// - ZHENGMIN_WEAPP_APPID: the AppID the release build was made for;
// - ZHENGMIN_WEAPP_PRIVATE_KEY: path of the 代码上传密钥 file downloaded from 微信公众平台 →
//   开发管理 → 开发设置 → 小程序代码上传 (keep it outside the repository; the uploading
//   machine's IP must be on the whitelist there);
// - ZHENGMIN_WEAPP_VERSION (upload: x.y.z) and ZHENGMIN_WEAPP_DESC (optional description);
// - ZHENGMIN_WEAPP_ROBOT: which of WeChat's CI robots (1–30) appears as the uploader, default 1;
// - ZHENGMIN_WEAPP_QRCODE: where preview writes its QR code image, default weapp-preview.png.
// It refuses to send anything but a release build for that AppID (`npm run build:weapp`).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const projectPath = path.join(root, 'miniapp/dist/weapp')

function fail(message) {
  console.error(`✖ ${message}`)
  process.exit(1)
}

const action = process.argv[2]
if (action !== 'preview' && action !== 'upload') fail('usage: weapp-ci.mjs preview|upload')

const env = process.env
const appId = (env.ZHENGMIN_WEAPP_APPID ?? '').trim()
if (!/^wx[0-9a-f]{16}$/.test(appId)) fail('ZHENGMIN_WEAPP_APPID must be the AppID (wx + 16 hex)')
const privateKeyPath = (env.ZHENGMIN_WEAPP_PRIVATE_KEY ?? '').trim()
if (!privateKeyPath) fail('ZHENGMIN_WEAPP_PRIVATE_KEY must be the path of the upload key file')
if (!existsSync(privateKeyPath)) fail(`upload key file not found: ${privateKeyPath}`)
const version = (env.ZHENGMIN_WEAPP_VERSION ?? '').trim()
if (action === 'upload' && !/^\d+\.\d+\.\d+$/.test(version)) {
  fail('ZHENGMIN_WEAPP_VERSION must be a version such as 1.2.0')
}
const robot = Number(env.ZHENGMIN_WEAPP_ROBOT ?? '1')
if (!Number.isInteger(robot) || robot < 1 || robot > 30) fail('ZHENGMIN_WEAPP_ROBOT must be 1–30')

// The output must be a release build for this AppID: a development build carries touristappid
// and a local http API, which would not work on any phone.
const configPath = path.join(projectPath, 'project.config.json')
if (!existsSync(configPath)) fail('no build in miniapp/dist/weapp: run npm run build:weapp first')
const built = JSON.parse(readFileSync(configPath, 'utf8'))
if (built.appid !== appId) {
  fail(
    `miniapp/dist/weapp was built for AppID ${built.appid}, not ${appId}: run the release build (npm run build:weapp) with ZHENGMIN_WEAPP_APPID=${appId}`,
  )
}

let ci
try {
  ci = await import('miniprogram-ci')
} catch {
  fail('miniprogram-ci is not installed here: npm install --no-save miniprogram-ci')
}
const project = new ci.Project({
  appid: appId,
  type: 'miniProgram',
  projectPath,
  privateKeyPath,
  ignores: ['node_modules/**/*'],
})
const setting = { es6: true, minify: true }
const desc = (env.ZHENGMIN_WEAPP_DESC ?? '').trim() || `政民互动 ${version || 'preview'}`
const onProgressUpdate = (progress) => console.log(progress)
if (action === 'upload') {
  await ci.upload({ project, version, desc, robot, setting, onProgressUpdate })
  console.log(`✔ uploaded ${version}; submit it for review in 微信公众平台 → 版本管理`)
} else {
  const qrcodeOutputDest = path.resolve(env.ZHENGMIN_WEAPP_QRCODE ?? 'weapp-preview.png')
  await ci.preview({
    project,
    desc,
    setting,
    qrcodeFormat: 'image',
    qrcodeOutputDest,
    onProgressUpdate,
  })
  console.log(`✔ preview QR code written to ${qrcodeOutputDest}`)
}
