import { Input, Text, View } from '@tarojs/components'
import { WAGE_ARREARS_LIMITS } from '@zhengmin/shared'
import { fieldInputProps } from '../../a11y/pressable'
import { CheckRow } from '../../components/CheckRow'
import { FormField } from '../../components/FormField'
import type { MessageFormErrors } from './form'
import { WAGE_ERROR_KEYS, type WageArrearsFormValues } from './wage-form'

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
  name: WageBox
  errorKey: keyof MessageFormErrors
  label: string
  required?: boolean
  note?: string
  placeholder: string
  value: string
  error: string | undefined
  inputMode?: 'numeric' | 'decimal' | undefined
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

type WageBox = Exclude<keyof WageArrearsFormValues, 'enabled'>

/** The 欠薪 boxes in page order; only the employer is required. */
const WAGE_BOXES: ReadonlyArray<{
  name: WageBox
  label: string
  required?: boolean
  note?: string
  placeholder: string
  inputMode?: 'numeric' | 'decimal'
  maxlength?: number
}> = [
  {
    name: 'employer',
    label: '欠薪单位或老板',
    required: true,
    placeholder: '用人单位、承包公司或老板的名称',
    maxlength: WAGE_ARREARS_LIMITS.employerMax,
  },
  {
    name: 'siteAddress',
    label: '项目名称或工地地址',
    note: '选填',
    placeholder: '如：七星关区某安置房项目',
    maxlength: WAGE_ARREARS_LIMITS.siteAddressMax,
  },
  { name: 'workers', label: '欠薪人数', note: '选填', placeholder: '如：12', inputMode: 'numeric' },
  {
    name: 'amount',
    label: '拖欠金额（元）',
    note: '选填',
    placeholder: '如：36000',
    inputMode: 'decimal',
  },
  {
    name: 'periodFrom',
    label: '拖欠开始月份',
    note: '选填',
    placeholder: '如：2024-03',
    maxlength: 10,
  },
  {
    name: 'periodTo',
    label: '拖欠结束月份',
    note: '选填',
    placeholder: '如：2024-06',
    maxlength: 10,
  },
]

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
          {WAGE_BOXES.map((box) => (
            <WageInput
              key={box.name}
              {...box}
              errorKey={WAGE_ERROR_KEYS[box.name]}
              value={values[box.name]}
              error={errors[WAGE_ERROR_KEYS[box.name]]}
              onInput={(value) => onChange(box.name, value)}
            />
          ))}
        </View>
      ) : null}
    </View>
  )
}
