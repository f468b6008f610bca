import { Input, View } from '@tarojs/components'
import { beijingDate, statsPeriodProblem, type StatsPeriodProblem } from '@zhengmin/shared'
import { useState } from 'react'
import { fieldInputProps, pressable } from '../../a11y/pressable'
import { FormField } from '../../components/FormField'
import { PERIOD_PRESETS, type Period } from './periods'

const IS_H5 = process.env.TARO_ENV === 'h5'

/**
 * 统计区间: the presets (本月 · 上月 · 本季度 · 今年) and 自定义, two dates checked as the API
 * checks them (and not after today) before the figures are asked for.
 */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: Period
  onChange: (next: Period) => void
}) {
  const [customOpen, setCustomOpen] = useState(!('preset' in period))
  const [dates, setDates] = useState(
    'preset' in period ? { from: '', to: '' } : { from: period.from, to: period.to },
  )
  const [problem, setProblem] = useState<StatsPeriodProblem | null>(null)
  const today = beijingDate(new Date())

  function apply() {
    const found = statsPeriodProblem(dates, today)
    setProblem(found)
    if (!found) onChange({ from: dates.from, to: dates.to })
  }

  function dateInput(field: 'from' | 'to', label: string) {
    const error = problem?.field === field ? problem.message : undefined
    return (
      <FormField name={`stats-${field}`} label={label} error={error}>
        <Input
          className="zm-input stats-custom__date"
          value={dates[field]}
          maxlength={10}
          placeholder="年-月-日，如 2026-03-01"
          placeholderClass="zm-placeholder"
          // A browser's own date picker on H5; the mini-program takes the date as text.
          nativeProps={fieldInputProps(
            `stats-${field}`,
            error,
            IS_H5 ? { type: 'date', max: today } : {},
          )}
          data-testid={`stats-custom-${field}`}
          onInput={(event) => {
            setDates((previous) => ({ ...previous, [field]: event.detail.value.trim() }))
            setProblem(null)
          }}
          onConfirm={apply}
        />
      </FormField>
    )
  }

  const chip = (key: string, label: string, selected: boolean, choose: () => void) => (
    <View
      key={key}
      className={
        selected ? 'stats-periods__chip stats-periods__chip--selected' : 'stats-periods__chip'
      }
      {...pressable(choose, 'radio')}
      aria-checked={selected ? 'true' : 'false'}
      data-testid={`stats-period-${key}`}
    >
      {label}
    </View>
  )

  return (
    <View className="stats-period-picker">
      <View className="stats-periods" role="radiogroup" aria-label="统计区间">
        {PERIOD_PRESETS.map((preset) =>
          chip(preset.key, preset.label, 'preset' in period && period.preset === preset.key, () => {
            setCustomOpen(false)
            if (!('preset' in period) || period.preset !== preset.key)
              onChange({ preset: preset.key })
          }),
        )}
        {chip('custom', '自定义', customOpen, () => setCustomOpen(true))}
      </View>
      {customOpen ? (
        <View
          className="stats-custom"
          role="group"
          aria-label="自定义统计区间"
          data-testid="stats-custom"
        >
          {dateInput('from', '开始日期')}
          {dateInput('to', '结束日期')}
          <View
            className="zm-button stats-custom__apply"
            {...pressable(apply)}
            data-testid="stats-custom-apply"
          >
            查询
          </View>
        </View>
      ) : null}
    </View>
  )
}
