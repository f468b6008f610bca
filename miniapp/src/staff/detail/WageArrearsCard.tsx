import { Text, View } from '@tarojs/components'
import { wageArrearsItems, type WageArrears } from '@zhengmin/shared'

/** The 欠薪 details of a message, item by item, for the handler who investigates it. */
export function WageArrearsCard({ details }: { details: WageArrears }) {
  return (
    <View className="zm-card" data-testid="staff-wage-arrears">
      <Text className="zm-heading">欠薪情况</Text>
      {wageArrearsItems(details).map(({ label, value }) => (
        <Text key={label} className="staff-detail__line" data-testid="wage-arrears-row">
          {label}：{value ?? '未填写'}
        </Text>
      ))}
    </View>
  )
}
