import { Text, View } from '@tarojs/components'
import type { WageArrears } from '@zhengmin/shared'

/** "2024-03" → "2024年3月". */
const month = (value: string) => `${value.slice(0, 4)}年${Number(value.slice(5))}月`

/** The 欠薪 details of a message, item by item, for the handler who investigates it. */
export function WageArrearsCard({ details }: { details: WageArrears }) {
  const rows: Array<[label: string, value: string | undefined]> = [
    ['欠薪单位或老板', details.employer],
    ['项目名称或工地地址', details.siteAddress],
    ['欠薪人数', details.workers !== undefined ? `${details.workers}人` : undefined],
    ['拖欠金额', details.amountYuan !== undefined ? `${details.amountYuan}元` : undefined],
    ['拖欠开始月份', details.periodFrom ? month(details.periodFrom) : undefined],
    ['拖欠结束月份', details.periodTo ? month(details.periodTo) : undefined],
  ]
  return (
    <View className="zm-card" data-testid="staff-wage-arrears">
      <Text className="zm-heading">欠薪情况</Text>
      {rows.map(([label, value]) => (
        <Text key={label} className="staff-detail__line" data-testid="wage-arrears-row">
          {label}：{value ?? '未填写'}
        </Text>
      ))}
    </View>
  )
}
