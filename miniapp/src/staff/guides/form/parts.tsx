import { Text, View } from '@tarojs/components'
import {
  RATING_LEVELS,
  MATERIAL_FORM_LABELS,
  MATERIAL_FORMS,
  TIME_LIMIT_DAY_KIND_LABELS,
  TIME_LIMIT_DAY_KINDS,
  type BasicInfo,
  type Citation,
  type FaqItem,
  type Guide,
  type Material,
  type OnlineChannel,
  type Pendable,
  type PhoneLine,
  type ProcessStep,
  type RatingPart,
  type ResultPart,
  type SpecialProcedure,
  type TimeLimit,
} from '@zhengmin/shared'
import {
  CheckField,
  ChoiceField,
  NumberField,
  optionalText,
  PendableField,
  RowList,
  TextField,
  type FieldPath,
} from './controls'

/*
 * One editor per part of a guide, each taking the part's value and giving back a new one.
 * New rows start with their local facts 待确认, as the shipped content does.
 */

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
] as const

const pendingMarker = <T,>(): Pendable<T> => ({ status: 'pending' })

function basisText(items: readonly Citation[] | undefined): string | undefined {
  if (!items || items.length === 0) return undefined
  return items.map((c) => `${c.title ?? c.documentNumber ?? ''}${c.article ?? ''}`).join('、')
}

/** The rules a fact rests on, kept as they are and shown so the clerk knows they exist. */
function BasisNote({ items }: { items: readonly Citation[] | undefined }) {
  const text = basisText(items)
  return text ? <Text className="zm-muted guide-form__basis">依据：{text}</Text> : null
}

export function MaterialsEditor(props: {
  field: Guide['materials']
  onChange: (field: Guide['materials']) => void
}) {
  const path = ['materials']
  return (
    <PendableField
      path={path}
      label="申请材料"
      field={props.field}
      empty={() => []}
      onChange={props.onChange}
    >
      {(rows, set) => (
        <RowList<Material>
          path={[...path, 'value']}
          noun="材料"
          rows={rows}
          onChange={set}
          empty={() => ({
            name: '',
            originals: pendingMarker(),
            copies: pendingMarker(),
            form: pendingMarker(),
            required: true,
          })}
          render={(row, setRow, rowPath) => (
            <>
              <TextField
                path={[...rowPath, 'name']}
                label="材料名称"
                required
                value={row.name}
                onChange={(name) => setRow({ ...row, name })}
              />
              <View className="guide-form__columns">
                <PendableField
                  path={[...rowPath, 'originals']}
                  withNote={false}
                  label="原件"
                  field={row.originals}
                  empty={() => 1}
                  onChange={(originals) => setRow({ ...row, originals })}
                >
                  {(value, setValue) => (
                    <NumberField
                      path={[...rowPath, 'originals', 'value']}
                      label="原件份数"
                      value={value}
                      onChange={setValue}
                    />
                  )}
                </PendableField>
                <PendableField
                  path={[...rowPath, 'copies']}
                  withNote={false}
                  label="复印件"
                  field={row.copies}
                  empty={() => 1}
                  onChange={(copies) => setRow({ ...row, copies })}
                >
                  {(value, setValue) => (
                    <NumberField
                      path={[...rowPath, 'copies', 'value']}
                      label="复印件份数"
                      value={value}
                      onChange={setValue}
                    />
                  )}
                </PendableField>
              </View>
              <PendableField
                path={[...rowPath, 'form']}
                withNote={false}
                label="材料形式"
                field={row.form}
                empty={() => 'paper' as const}
                onChange={(form) => setRow({ ...row, form })}
              >
                {(value, setValue) => (
                  <ChoiceField
                    path={[...rowPath, 'form', 'value']}
                    label="形式"
                    value={value}
                    options={MATERIAL_FORMS.map((form) => ({
                      value: form,
                      label: MATERIAL_FORM_LABELS[form],
                    }))}
                    onChange={setValue}
                  />
                )}
              </PendableField>
              <CheckField
                path={[...rowPath, 'required']}
                label="每位申请人都须提交（不勾选：视情况提供）"
                checked={row.required}
                onChange={(required) => setRow({ ...row, required })}
              />
              <TextField
                path={[...rowPath, 'notes']}
                label="备注"
                note="选填，如何时需要、在哪里开具"
                multiline
                value={row.notes}
                onChange={(notes) => setRow({ ...row, notes: optionalText(notes) })}
              />
              <BasisNote items={row.basis} />
            </>
          )}
        />
      )}
    </PendableField>
  )
}

export function CitationRows(props: {
  path: FieldPath
  rows: readonly Citation[]
  onChange: (rows: Citation[]) => void
}) {
  return (
    <RowList<Citation>
      path={props.path}
      noun="依据"
      rows={props.rows}
      onChange={props.onChange}
      empty={() => ({ title: '' })}
      render={(row, setRow, rowPath) => (
        <>
          <TextField
            path={[...rowPath, 'title']}
            label="法律法规名称"
            placeholder="如《社会保险经办条例》"
            value={row.title}
            onChange={(title) => setRow({ ...row, title: optionalText(title) })}
          />
          <View className="guide-form__columns">
            <TextField
              path={[...rowPath, 'article']}
              label="条款"
              placeholder="如 第二十四条"
              value={row.article}
              onChange={(article) => setRow({ ...row, article: optionalText(article) })}
            />
            <TextField
              path={[...rowPath, 'documentNumber']}
              label="文号"
              placeholder="选填"
              value={row.documentNumber}
              onChange={(documentNumber) =>
                setRow({ ...row, documentNumber: optionalText(documentNumber) })
              }
            />
          </View>
          <View className="guide-form__columns">
            <TextField
              path={[...rowPath, 'effectiveOn']}
              label="施行日期"
              placeholder="YYYY-MM-DD，选填"
              value={row.effectiveOn}
              onChange={(effectiveOn) => setRow({ ...row, effectiveOn: optionalText(effectiveOn) })}
            />
            <TextField
              path={[...rowPath, 'issuedOn']}
              label="公布或修正日期"
              placeholder="YYYY-MM-DD，选填"
              value={row.issuedOn}
              onChange={(issuedOn) => setRow({ ...row, issuedOn: optionalText(issuedOn) })}
            />
          </View>
          <TextField
            path={[...rowPath, 'summary']}
            label="条款要点（用自己的话写一句）"
            multiline
            value={row.summary}
            onChange={(summary) => setRow({ ...row, summary: optionalText(summary) })}
          />
        </>
      )}
    />
  )
}

export function LegalBasisEditor(props: {
  field: Guide['legalBasis']
  onChange: (field: Guide['legalBasis']) => void
}) {
  return (
    <PendableField
      path={['legalBasis']}
      label="办理依据"
      field={props.field}
      empty={() => []}
      onChange={props.onChange}
    >
      {(rows, set) => <CitationRows path={['legalBasis', 'value']} rows={rows} onChange={set} />}
    </PendableField>
  )
}

export function ProcessEditor(props: {
  field: Guide['process']
  onChange: (field: Guide['process']) => void
}) {
  return (
    <PendableField
      path={['process']}
      label="办理步骤"
      field={props.field}
      empty={() => []}
      onChange={props.onChange}
    >
      {(rows, set) => (
        <RowList<ProcessStep>
          path={['process', 'value']}
          noun="步骤"
          ordinal={(index) => `第${index + 1}步`}
          rows={rows}
          onChange={set}
          empty={() => ({ title: '', description: '' })}
          render={(row, setRow, rowPath) => (
            <>
              <TextField
                path={[...rowPath, 'title']}
                label="步骤名称"
                required
                value={row.title}
                onChange={(title) => setRow({ ...row, title })}
              />
              <TextField
                path={[...rowPath, 'description']}
                label="步骤说明"
                required
                multiline
                value={row.description}
                onChange={(description) => setRow({ ...row, description })}
              />
              <BasisNote items={row.basis} />
            </>
          )}
        />
      )}
    </PendableField>
  )
}

export function SpecialProceduresEditor(props: {
  field: Guide['specialProcedures']
  onChange: (field: Guide['specialProcedures']) => void
}) {
  const path = ['specialProcedures']
  return (
    <PendableField
      path={path}
      label="特殊环节（没有特殊环节时，不勾选待确认且不添加）"
      field={props.field}
      empty={() => []}
      onChange={props.onChange}
    >
      {(rows, set) => (
        <RowList<SpecialProcedure>
          path={[...path, 'value']}
          noun="环节"
          rows={rows}
          onChange={set}
          empty={() => ({
            name: '',
            duration: pendingMarker(),
            legalBasis: pendingMarker(),
            charged: pendingMarker(),
            countsTowardTimeLimit: pendingMarker(),
          })}
          render={(row, setRow, rowPath) => (
            <>
              <TextField
                path={[...rowPath, 'name']}
                label="环节名称"
                required
                value={row.name}
                onChange={(name) => setRow({ ...row, name })}
              />
              <PendableField
                path={[...rowPath, 'duration']}
                withNote={false}
                label="所需时限"
                field={row.duration}
                empty={() => ''}
                onChange={(duration) => setRow({ ...row, duration })}
              >
                {(value, setValue) => (
                  <TextField
                    path={[...rowPath, 'duration', 'value']}
                    label="所需时限"
                    value={value}
                    onChange={setValue}
                  />
                )}
              </PendableField>
              <PendableField
                path={[...rowPath, 'charged']}
                withNote={false}
                label="是否收费"
                field={row.charged}
                empty={() => false}
                onChange={(charged) => setRow({ ...row, charged })}
              >
                {(value, setValue) => (
                  <ChoiceField
                    path={[...rowPath, 'charged', 'value']}
                    label="收费"
                    value={value}
                    options={YES_NO}
                    onChange={setValue}
                  />
                )}
              </PendableField>
              <PendableField
                path={[...rowPath, 'countsTowardTimeLimit']}
                withNote={false}
                label="是否计入办结时限"
                field={row.countsTowardTimeLimit}
                empty={() => false}
                onChange={(countsTowardTimeLimit) => setRow({ ...row, countsTowardTimeLimit })}
              >
                {(value, setValue) => (
                  <ChoiceField
                    path={[...rowPath, 'countsTowardTimeLimit', 'value']}
                    label="计入办结时限"
                    value={value}
                    options={YES_NO}
                    onChange={setValue}
                  />
                )}
              </PendableField>
              <PendableField
                path={[...rowPath, 'legalBasis']}
                label="法定依据"
                field={row.legalBasis}
                empty={() => []}
                onChange={(legalBasis) => setRow({ ...row, legalBasis })}
              >
                {(value, setValue) => (
                  <CitationRows
                    path={[...rowPath, 'legalBasis', 'value']}
                    rows={value}
                    onChange={setValue}
                  />
                )}
              </PendableField>
            </>
          )}
        />
      )}
    </PendableField>
  )
}

function TimeLimitEditor(props: {
  path: FieldPath
  label: string
  field: Pendable<TimeLimit>
  onChange: (field: Pendable<TimeLimit>) => void
}) {
  const { path, label, field, onChange } = props
  return (
    <PendableField
      path={path}
      label={label}
      field={field}
      empty={(): TimeLimit => ({ days: Number.NaN, dayKind: 'working-day', description: '' })}
      onChange={onChange}
    >
      {(limit, set) => (
        <>
          <View className="guide-form__columns">
            <NumberField
              path={[...path, 'value', 'days']}
              label="天数（0 为即办）"
              value={limit.days}
              onChange={(days) => set({ ...limit, days })}
            />
            <ChoiceField
              path={[...path, 'value', 'dayKind']}
              label="计算方式"
              value={limit.dayKind}
              options={TIME_LIMIT_DAY_KINDS.map((kind) => ({
                value: kind,
                label: TIME_LIMIT_DAY_KIND_LABELS[kind],
              }))}
              onChange={(dayKind) => set({ ...limit, dayKind })}
            />
          </View>
          <TextField
            path={[...path, 'value', 'description']}
            label="时限说明"
            required
            placeholder="如：自收到申请之日起10个工作日内办理完毕"
            value={limit.description}
            onChange={(description) => set({ ...limit, description })}
          />
          <BasisNote items={limit.basis} />
        </>
      )}
    </PendableField>
  )
}

function PhoneRows(props: {
  path: FieldPath
  noun: string
  rows: readonly PhoneLine[]
  onChange: (rows: PhoneLine[]) => void
}) {
  return (
    <RowList<PhoneLine>
      path={props.path}
      noun={props.noun}
      rows={props.rows}
      onChange={props.onChange}
      empty={() => ({ label: '', number: '' })}
      render={(row, setRow, rowPath) => (
        <View className="guide-form__columns">
          <TextField
            path={[...rowPath, 'label']}
            label="名称"
            placeholder="如：市社保局窗口"
            value={row.label}
            onChange={(label) => setRow({ ...row, label })}
          />
          <TextField
            path={[...rowPath, 'number']}
            label="号码"
            placeholder="如：0857-1234567"
            value={row.number}
            onChange={(number) => setRow({ ...row, number })}
          />
        </View>
      )}
    />
  )
}

export function ContactEditor(props: {
  contact: Guide['contact']
  onChange: (contact: Guide['contact']) => void
}) {
  const { contact, onChange } = props
  return (
    <>
      <PendableField
        path={['contact', 'consultationLines']}
        label="咨询电话"
        field={contact.consultationLines}
        empty={() => [{ label: '', number: '' }]}
        onChange={(consultationLines) => onChange({ ...contact, consultationLines })}
      >
        {(rows, set) => (
          <PhoneRows
            path={['contact', 'consultationLines', 'value']}
            noun="电话"
            rows={rows}
            onChange={set}
          />
        )}
      </PendableField>
      <PendableField
        path={['contact', 'complaintLines']}
        label="监督投诉电话"
        field={contact.complaintLines}
        empty={() => [{ label: '', number: '' }]}
        onChange={(complaintLines) => onChange({ ...contact, complaintLines })}
      >
        {(rows, set) => (
          <PhoneRows
            path={['contact', 'complaintLines', 'value']}
            noun="电话"
            rows={rows}
            onChange={set}
          />
        )}
      </PendableField>
      <Text className="zm-muted guide-form__basis">
        {contact.hotline.label} {contact.hotline.number}（每份指南都会显示）
      </Text>
    </>
  )
}

const emptyBasicInfo = (): BasicInfo => ({
  summary: pendingMarker(),
  acceptanceConditions: pendingMarker(),
  timeLimits: { statutory: pendingMarker(), committed: pendingMarker() },
  fee: pendingMarker(),
  venues: pendingMarker(),
  onlineChannels: pendingMarker(),
})

export function BasicInfoEditor(props: {
  field: Guide['basicInfo']
  onChange: (field: Guide['basicInfo']) => void
}) {
  const path = ['basicInfo', 'value']
  return (
    <PendableField
      path={['basicInfo']}
      label="基本信息"
      field={props.field}
      empty={emptyBasicInfo}
      onChange={props.onChange}
    >
      {(info, set) => (
        <>
          <PendableField
            path={[...path, 'summary']}
            label="事项简介"
            field={info.summary}
            empty={() => ''}
            onChange={(summary) => set({ ...info, summary })}
          >
            {(value, setValue) => (
              <TextField
                path={[...path, 'summary', 'value']}
                label="事项简介"
                multiline
                value={value}
                onChange={setValue}
              />
            )}
          </PendableField>
          <PendableField
            path={[...path, 'acceptanceConditions']}
            label="受理条件"
            field={info.acceptanceConditions}
            empty={() => ['']}
            onChange={(acceptanceConditions) => set({ ...info, acceptanceConditions })}
          >
            {(rows, setRows) => (
              <RowList<string>
                path={[...path, 'acceptanceConditions', 'value']}
                noun="条件"
                rows={rows}
                onChange={setRows}
                empty={() => ''}
                render={(row, setRow, rowPath) => (
                  <TextField
                    path={rowPath}
                    label="受理条件"
                    multiline
                    value={row}
                    onChange={setRow}
                  />
                )}
              />
            )}
          </PendableField>
          <TimeLimitEditor
            path={[...path, 'timeLimits', 'statutory']}
            label="法定办理时限"
            field={info.timeLimits.statutory}
            onChange={(statutory) =>
              set({ ...info, timeLimits: { ...info.timeLimits, statutory } })
            }
          />
          <TimeLimitEditor
            path={[...path, 'timeLimits', 'committed']}
            label="承诺办理时限"
            field={info.timeLimits.committed}
            onChange={(committed) =>
              set({ ...info, timeLimits: { ...info.timeLimits, committed } })
            }
          />
          <PendableField
            path={[...path, 'fee']}
            label="收费标准"
            field={info.fee}
            empty={() => ({ charged: false, description: '不收费。' })}
            onChange={(fee) => set({ ...info, fee })}
          >
            {(fee, setFee) => (
              <>
                <ChoiceField
                  path={[...path, 'fee', 'value', 'charged']}
                  label="是否收费"
                  value={fee.charged}
                  options={YES_NO}
                  onChange={(charged) => setFee({ ...fee, charged })}
                />
                <TextField
                  path={[...path, 'fee', 'value', 'description']}
                  label="收费说明"
                  value={fee.description}
                  onChange={(description) =>
                    setFee({ ...fee, description: optionalText(description) })
                  }
                />
                <BasisNote items={fee.basis} />
              </>
            )}
          </PendableField>
          <PendableField
            path={[...path, 'venues']}
            label="办理地点和时间"
            field={info.venues}
            empty={() => [{ name: '', address: '', hours: '' }]}
            onChange={(venues) => set({ ...info, venues })}
          >
            {(rows, setRows) => (
              <RowList
                path={[...path, 'venues', 'value']}
                noun="地点"
                rows={rows}
                onChange={setRows}
                empty={() => ({ name: '', address: '', hours: '' })}
                render={(row, setRow, rowPath) => (
                  <>
                    <TextField
                      path={[...rowPath, 'name']}
                      label="窗口名称"
                      value={row.name}
                      onChange={(name) => setRow({ ...row, name })}
                    />
                    <TextField
                      path={[...rowPath, 'address']}
                      label="地址"
                      value={row.address}
                      onChange={(address) => setRow({ ...row, address })}
                    />
                    <TextField
                      path={[...rowPath, 'hours']}
                      label="办公时间"
                      value={row.hours}
                      onChange={(hours) => setRow({ ...row, hours })}
                    />
                  </>
                )}
              />
            )}
          </PendableField>
          <PendableField
            path={[...path, 'onlineChannels']}
            label="在线办理入口"
            field={info.onlineChannels}
            empty={() => []}
            onChange={(onlineChannels) => set({ ...info, onlineChannels })}
          >
            {(rows, setRows) => (
              <RowList
                path={[...path, 'onlineChannels', 'value']}
                noun="入口"
                rows={rows}
                onChange={setRows}
                empty={(): OnlineChannel => ({ name: '' })}
                render={(row, setRow, rowPath) => (
                  <>
                    <TextField
                      path={[...rowPath, 'name']}
                      label="渠道名称"
                      value={row.name}
                      onChange={(name) => setRow({ ...row, name })}
                    />
                    <TextField
                      path={[...rowPath, 'description']}
                      label="可以办什么"
                      value={row.description}
                      onChange={(description) =>
                        setRow({ ...row, description: optionalText(description) })
                      }
                    />
                    <TextField
                      path={[...rowPath, 'url']}
                      label="网址（核实后填写，https:// 开头）"
                      value={row.url}
                      onChange={(url) => setRow({ ...row, url: optionalText(url) })}
                    />
                  </>
                )}
              />
            )}
          </PendableField>
        </>
      )}
    </PendableField>
  )
}

const emptyResult = (): ResultPart => ({
  description: pendingMarker(),
  documentName: pendingMarker(),
  delivery: pendingMarker(),
})

export function ResultEditor(props: {
  field: Guide['result']
  onChange: (field: Guide['result']) => void
}) {
  const path = ['result', 'value']
  const fields = [
    ['description', '办理结果说明'],
    ['documentName', '结果名称'],
    ['delivery', '结果送达方式'],
  ] as const
  return (
    <PendableField
      path={['result']}
      label="办理结果"
      field={props.field}
      empty={emptyResult}
      onChange={props.onChange}
    >
      {(result, set) => (
        <>
          {fields.map(([key, label]) => (
            <PendableField
              key={key}
              path={[...path, key]}
              label={label}
              field={result[key]}
              empty={() => ''}
              onChange={(value) => set({ ...result, [key]: value })}
            >
              {(value, setValue) => (
                <TextField
                  path={[...path, key, 'value']}
                  label={label}
                  multiline
                  value={value}
                  onChange={setValue}
                />
              )}
            </PendableField>
          ))}
        </>
      )}
    </PendableField>
  )
}

export function FaqEditor(props: {
  rows: readonly FaqItem[]
  onChange: (rows: FaqItem[]) => void
}) {
  return (
    <RowList<FaqItem>
      path={['faq']}
      noun="问题"
      rows={props.rows}
      onChange={props.onChange}
      empty={() => ({ question: '', answer: '' })}
      render={(row, setRow, rowPath) => (
        <>
          <TextField
            path={[...rowPath, 'question']}
            label="问题"
            value={row.question}
            onChange={(question) => setRow({ ...row, question })}
          />
          <TextField
            path={[...rowPath, 'answer']}
            label="解答"
            multiline
            value={row.answer}
            onChange={(answer) => setRow({ ...row, answer })}
          />
        </>
      )}
    />
  )
}

const emptyRating = (): RatingPart => ({
  levels: RATING_LEVELS.map(({ level, label }) => ({ level, label })),
  rules: [''],
  basis: [],
})

/** 6.事项评价: the five 好差评 levels are fixed; the rules and their basis are rows. */
export function RatingEditor(props: {
  field: Guide['rating']
  onChange: (field: Guide['rating']) => void
}) {
  const path = ['rating', 'value']
  return (
    <PendableField
      path={['rating']}
      label="事项评价"
      field={props.field}
      empty={emptyRating}
      onChange={props.onChange}
    >
      {(rating, set) => (
        <>
          <Text className="zm-muted guide-form__basis">
            评价等级：{rating.levels.map((level) => level.label).join('、')}
          </Text>
          <RowList<string>
            path={[...path, 'rules']}
            noun="评价规则"
            rows={rating.rules}
            onChange={(rules) => set({ ...rating, rules })}
            empty={() => ''}
            render={(row, setRow, rowPath) => (
              <TextField path={rowPath} label="评价规则" multiline value={row} onChange={setRow} />
            )}
          />
          <CitationRows
            path={[...path, 'basis']}
            rows={rating.basis}
            onChange={(basis) => set({ ...rating, basis })}
          />
        </>
      )}
    </PendableField>
  )
}
