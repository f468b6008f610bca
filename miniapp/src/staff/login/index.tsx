import { Input, Text, View } from '@tarojs/components'
import Taro, { useLoad } from '@tarojs/taro'
import { staffLoginSchema, toFieldErrors } from '@zhengmin/shared'
import { useRef, useState } from 'react'
import { TopBar } from '../../components/TopBar'
import { fieldInputProps } from '../../a11y/pressable'
import { FormField } from '../../components/FormField'
import { SubmitButton } from '../../components/SubmitButton'
import { isApiError } from '../../services/api'
import { staffLogin } from '../../services/staff'
import { useElderModeClass } from '../../stores/elder-mode'
import { staffSession } from '../../stores/staff-session'
import './index.scss'

type LoginErrors = Partial<Record<'username' | 'password', string>>

const INBOX_URL = '/staff/inbox/index'

function openInbox() {
  Taro.redirectTo({ url: INBOX_URL }).catch(() => {
    Taro.showToast({ title: '页面打开失败，请重试', icon: 'none' })
  })
}

/** 工作人员登录: username and password; a live session goes straight to the inbox. */
export default function StaffLogin() {
  const elderClass = useElderModeClass()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<LoginErrors>({})
  const [problem, setProblem] = useState<{ message: string; locked: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)

  useLoad(() => {
    if (staffSession()) openInbox()
  })

  async function submit() {
    if (inFlight.current) return
    setProblem(null)
    const parsed = staffLoginSchema.safeParse({ username, password })
    if (!parsed.success) {
      const next: LoginErrors = {}
      for (const { field, message } of toFieldErrors(parsed.error)) {
        if ((field === 'username' || field === 'password') && !next[field]) next[field] = message
      }
      setErrors(next)
      return
    }
    setErrors({})
    inFlight.current = true
    setBusy(true)
    try {
      await staffLogin(parsed.data)
      setPassword('')
      openInbox()
    } catch (error) {
      if (isApiError(error)) {
        setProblem({ message: error.message, locked: error.code === 'login_throttled' })
      } else {
        setProblem({ message: '登录未成功，请稍后重试', locked: false })
      }
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  return (
    <View className={`zm-page staff-login ${elderClass}`} data-testid="staff-login">
      <TopBar title="工作人员登录" />
      <View className="zm-card">
        <Text className="staff-login__title">政民互动 · 工作人员登录</Text>
        <Text className="zm-muted">仅限毕节市人力资源和社会保障局工作人员使用。</Text>

        <View className="staff-login__fields">
          <FormField name="username" label="用户名" error={errors.username}>
            <Input
              className="zm-input"
              data-testid="login-username"
              value={username}
              maxlength={64}
              placeholder="请输入用户名"
              placeholderClass="zm-placeholder"
              nativeProps={fieldInputProps('username', errors.username, {
                autoComplete: 'username',
                autoCapitalize: 'off',
              })}
              onInput={(event) => {
                setUsername(event.detail.value)
                setErrors((previous) => ({ ...previous, username: undefined }))
              }}
            />
          </FormField>
          <FormField name="password" label="密码" error={errors.password}>
            <Input
              className="zm-input"
              data-testid="login-password"
              password
              value={password}
              maxlength={128}
              placeholder="请输入密码"
              placeholderClass="zm-placeholder"
              nativeProps={fieldInputProps('password', errors.password, {
                autoComplete: 'current-password',
              })}
              onInput={(event) => {
                setPassword(event.detail.value)
                setErrors((previous) => ({ ...previous, password: undefined }))
              }}
              onConfirm={submit}
            />
          </FormField>
        </View>

        {problem ? (
          <View
            className="zm-problem"
            role="alert"
            data-testid="login-error"
            data-locked={problem.locked ? 'true' : 'false'}
          >
            <Text>{problem.message}</Text>
          </View>
        ) : null}

        <SubmitButton
          testId="login-submit"
          busy={busy}
          label="登录"
          busyLabel="正在登录…"
          onSubmit={submit}
        />
      </View>
    </View>
  )
}
