import { fireEvent, render, screen } from '@testing-library/react'
import { Button, View } from '@tarojs/components'
import { fieldInputProps, pressable } from './pressable'

describe('pressable', () => {
  it('makes a View a focusable control that Enter and Space press', () => {
    const press = jest.fn()
    render(
      <View {...pressable(press, 'radio')} data-testid="choice">
        投诉
      </View>,
    )
    const choice = screen.getByTestId('choice')
    expect(choice.getAttribute('role')).toBe('radio')
    expect(choice.getAttribute('tabindex')).toBe('0')
    fireEvent.keyDown(choice, { key: 'Enter' })
    fireEvent.keyDown(choice, { key: ' ' })
    fireEvent.keyDown(choice, { key: 'a' })
    fireEvent.click(choice)
    expect(press).toHaveBeenCalledTimes(3)
  })

  it('ignores the keyboard while the control is disabled', () => {
    const press = jest.fn()
    render(
      <Button {...pressable(press)} disabled data-testid="busy">
        提交
      </Button>,
    )
    fireEvent.keyDown(screen.getByTestId('busy'), { key: 'Enter' })
    expect(press).not.toHaveBeenCalled()
  })
})

describe('fieldInputProps', () => {
  it('names a field by its label and ties its error to it only when there is one', () => {
    expect(fieldInputProps('phone')).toEqual({ 'aria-labelledby': 'label-phone' })
    expect(fieldInputProps('phone', '请填写联系电话', { autoComplete: 'tel' })).toEqual({
      autoComplete: 'tel',
      'aria-labelledby': 'label-phone',
      'aria-describedby': 'error-text-phone',
      'aria-invalid': 'true',
    })
  })
})
