import { render, screen } from '@testing-library/react'
import { PRIVACY_POLICY, USER_AGREEMENT, type LegalDocument } from './content'
import PrivacyPolicy from './privacy'
import UserAgreement from './terms'

function fullText(document: LegalDocument): string {
  return [document.title, document.intro, ...document.sections.flatMap((s) => s.paragraphs)].join(
    '\n',
  )
}

describe('隐私政策 and 用户协议', () => {
  it('the privacy policy names what is collected, why, who sees it, how long and the rights', () => {
    render(<PrivacyPolicy />)
    const text = screen.getByTestId('privacy-policy').textContent ?? ''
    for (const expected of [
      '毕节市人力资源和社会保障局',
      '《中华人民共和国个人信息保护法》',
      '联系电话',
      '姓名',
      '留言内容',
      'openid',
      '剪贴板',
      '保存期限',
      '删除',
      '内容安全',
      '待公布',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('the user agreement renders with its sections', () => {
    render(<UserAgreement />)
    const text = screen.getByTestId('user-agreement').textContent ?? ''
    expect(text).toContain('5 个工作日内答复')
    expect(text).toContain('不予受理')
  })

  it.each([
    ['privacy policy', PRIVACY_POLICY],
    ['user agreement', USER_AGREEMENT],
  ])('the %s invents no phone number, address or web address', (_name, document) => {
    const text = fullText(document)
    expect(text).not.toMatch(/\d{5,}|\d{3,4}-\d{7,8}|https?:\/\/|路\d+号/)
  })
})
