/** Features of the home page that are not available yet (shown honestly as 即将上线). */
export const COMING_SOON_FEATURES = {
  guides: {
    title: '办事指南',
    description: '上线后可在这里查阅人力资源和社会保障业务的办理条件、所需材料和流程。',
  },
} as const

export type ComingSoonFeature = keyof typeof COMING_SOON_FEATURES

export function isComingSoonFeature(value: unknown): value is ComingSoonFeature {
  return (
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(COMING_SOON_FEATURES, value)
  )
}
