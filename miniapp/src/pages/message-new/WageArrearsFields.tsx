import { Input, Text, View } from '@tarojs/components'
import { WAGE_ARREARS_LIMITS } from '@zhengmin/shared'
import { fieldInputProps } from '../../a11y/pressable'
import { CheckRow } from '../../components/CheckRow'
import { FormField } from '../../components/FormField'
import type { MessageFormErrors } from './form'
import type { WageArrearsFormValues } from './wage-form'

interface WageArrearsFieldsProps {
  values: WageArrearsFormValues
  errors: MessageFormErrors
  onChange: <K extends keyof WageArrearsFormValues>(
    field: K,
    value: WageArrearsFormValues[K],
  ) => void
}

/** One 欠薪 box: a labelled input whose error key is `wageArrears.<name>`. */
function WageInput(props: {
  name: keyof WageArrearsFormValues
  errorKey: keyof MessageFormErrors
  label: string
  required?: boolean
  note?: string
  placeholder: string
  value: string
  error: string | undefined
  inputMode?: 'numeric' | 'decimal' | 'text'
  maxlength?: number
  onInput: (value: string) => void
}) {
  return (
    <FormField
      name={props.errorKey}
      label={props.label}
      required={props.required}
      note={props.note}
      error={props.error}
    >
      <Input
        className="form-input"
        data-testid={`wage-${props.name}`}
        value={props.value}
        maxlength={props.maxlength ?? 40}
        placeholder={props.placeholder}
        placeholderClass="form-placeholder"
        nativeProps={fieldInputProps(props.errorKey, props.error, {
          ...(props.inputMode ? { inputMode: props.inputMode } : {}),
          ...(props.required ? { 'aria-required': 'true' } : {}),
        })}
        onInput={(event) => props.onInput(event.detail.value)}
      />
    </FormField>
  )
}

/**
 * 反映欠薪: the choice of the topic, then what a labour inspector asks first — who owes the
 * wages (required), where, how many workers, how much, for which months.
 */
export function WageArrearsFields({ values, errors, onChange }: WageArrearsFieldsProps) {
  return (
    <View className="wage-arrears" data-testid="wage-arrears">
      <CheckRow
        testId="wage-arrears-topic"
        checked={values.enabled}
        onChange={(checked) => onChange('enabled', checked)}
      >
        <Text>反映拖欠工资（欠薪）问题</Text>
      </CheckRow>
      {values.enabled ? (
        <View className="wage-arrears__fields" data-testid="wage-arrears-fields">
          <Text className="wage-arrears__intro">
            请尽量填写以下信息，便于劳动保障监察部门尽快核实处理。
          </Text>
          <WageInput
            name="employer"
            errorKey="wageArrears.employer"
            label="欠薪单位或老板"
            required
            placeholder="用人单位、承包公司或老板的名称"
            value={values.employer}
            error={errors['wageArrears.employer']}
            maxlength={WAGE_ARREARS_LIMITS.employerMax}
            onInput={(value) => onChange('employer', value)}
          />
          <WageInput
            name="siteAddress"
            errorKey="wageArrears.siteAddress"
            label="项目名称或工地地址"
            note="选填"
            placeholder="如：七星关区某安置房项目"
            value={values.siteAddress}
            error={errors['wageArrears.siteAddress']}
            maxlength={WAGE_ARREARS_LIMITS.siteAddressMax}
            onInput={(value) => onChange('siteAddress', value)}
          />
          <WageInput
            name="workers"
            errorKey="wageArrears.workers"
            label="欠薪人数"
            note="选填"
            placeholder="如：12"
            inputMode="numeric"
            value={values.workers}
            error={errors['wageArrears.workers']}
            onInput={(value) => onChange('workers', value)}
          />
          <WageInput
            name="amount"
            errorKey="wageArrears.amountYuan"
            label="拖欠金额（元）"
            note="选填"
            placeholder="如：36000"
            inputMode="decimal"
            value={values.amount}
            error={errors['wageArrears.amountYuan']}
            onInput={(value) => onChange('amount', value)}
          />
          <WageInput
            name="periodFrom"
            errorKey="wageArrears.periodFrom"
            label="拖欠开始月份"
            note="选填"
            placeholder="如：2024-03"
            value={values.periodFrom}
            error={errors['wageArrears.periodFrom']}
            maxlength={10}
            onInput={(value) => onChange('periodFrom', value)}
          />
          <WageInput
            name="periodTo"
            errorKey="wageArrears.periodTo"
            label="拖欠结束月份"
            note="选填"
            placeholder="如：2024-06"
            value={values.periodTo}
            error={errors['wageArrears.periodTo']}
            maxlength={10}
            onInput={(value) => onChange('periodTo', value)}
          />
        </View>
      ) : null}
    </View>
  )
}
