import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { dialString } from '@zhengmin/shared'
import { pressable } from '../a11y/pressable'
import './PhoneLink.scss'

interface PhoneLinkProps {
  number: string
  /** What is shown; the number itself by default. */
  children?: string
  testId?: string
  className?: string
}

/**
 * A phone number the citizen can tap to call: a tel: link in the browser, the dialler
 * (makePhoneCall) in the mini-program. The number is never changed, only its punctuation dropped.
 */
export function PhoneLink({ number, children, testId, className }: PhoneLinkProps) {
  const classes = className ? `phone-link ${className}` : 'phone-link'
  const label = children ?? number
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={classes} href={`tel:${dialString(number)}`} data-testid={testId}>
        {label}
      </a>
    )
  }
  return (
    <Text
      className={classes}
      {...pressable(() => {
        Taro.makePhoneCall({ phoneNumber: dialString(number) }).catch(() => {
          // The citizen cancelled, or the device cannot call: the number stays on screen.
        })
      }, 'link')}
      data-testid={testId}
    >
      {label}
    </Text>
  )
}
