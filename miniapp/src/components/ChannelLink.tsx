import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pressable } from '../a11y/pressable'
import './PhoneLink.scss'

/**
 * An online channel's verified public address (guides carry a URL only once it is checked;
 * none is ever made up here). The browser opens it in a new tab; the mini-program cannot open
 * outside web pages, so it copies the address for the citizen to paste into a browser.
 */
export function ChannelLink({ url, name }: { url: string; name: string }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className="phone-link" href={url} target="_blank" rel="noopener noreferrer">
        {name}
      </a>
    )
  }
  return (
    <Text
      className="phone-link"
      {...pressable(() => {
        Taro.setClipboardData({ data: url }).catch(() => {})
      }, 'link')}
    >
      {name}
    </Text>
  )
}
