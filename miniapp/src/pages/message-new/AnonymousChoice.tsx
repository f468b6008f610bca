import { Text, View } from '@tarojs/components'
import { CheckRow } from '../../components/CheckRow'
import { FieldError } from '../../components/FieldError'

interface AnonymousChoiceProps {
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string | undefined
}

/**
 * 匿名举报 (举报 only): the citizen may hide their name and phone from the unit that handles the
 * report. Said plainly: who still sees them, and that the lookup keeps working.
 */
export function AnonymousChoice({ checked, onChange, error }: AnonymousChoiceProps) {
  return (
    <View className="anonymous-choice" id="field-anonymous" data-testid="field-anonymous">
      <CheckRow testId="anonymous" checked={checked} onChange={onChange}>
        <Text>对承办科室隐藏我的姓名和联系电话（匿名举报）</Text>
      </CheckRow>
      <Text className="zm-muted anonymous-choice__note" data-testid="anonymous-note">
        勾选后，负责办理的科室只看到“匿名”，看不到您的姓名和电话。局办公室仍能看到，仅在需要向您核实情况时使用，每次查看都会留有记录。您仍可凭查询码和联系电话查询办理进度。
      </Text>
      <FieldError field="anonymous" message={error} />
    </View>
  )
}
