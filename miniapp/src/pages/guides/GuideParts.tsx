import { Text, View } from '@tarojs/components'
import {
  GUIDE_PART_LABELS,
  MATERIAL_FORM_LABELS,
  pendingPublicText,
  TIME_LIMIT_DAY_KIND_LABELS,
  type Citation,
  type Guide,
  type Pendable,
  type PhoneLine,
  type TimeLimit,
} from '@zhengmin/shared'
import type { ReactNode } from 'react'
import { ChannelLink } from '../../components/ChannelLink'
import { PhoneLink } from '../../components/PhoneLink'
import { pressable } from '../../a11y/pressable'

/**
 * Shows a confirmed value, or one public sentence saying it is being checked and whom to call.
 * A pending field's note is the office's working text and is never shown here.
 */
function Known<T>({
  field,
  hotline,
  children,
}: {
  field: Pendable<T>
  hotline: PhoneLine
  children: (value: T) => ReactNode
}) {
  if (field.status === 'known') return <>{children(field.value)}</>
  return (
    <Text className="guide__pending" data-testid="guide-pending">
      {pendingPublicText(hotline.number)}
    </Text>
  )
}

/** A count of copies, or 待核实 while it is pending (the part already names the line to call). */
function copiesText(field: Pendable<number>): string {
  return field.status === 'known' ? `${field.value} 份` : '待核实'
}

function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

function citationText(citation: Citation): string {
  const when = citation.effectiveOn
    ? `（${chineseDate(citation.effectiveOn)}起施行）`
    : citation.issuedOn
      ? `（${chineseDate(citation.issuedOn)}版）`
      : ''
  return `${[citation.title, citation.documentNumber, citation.article].filter(Boolean).join(' ')}${when}`
}

/** "依据：《…》第…条、…" under a fact, naming where it comes from. */
function BasisLine({ items }: { items: readonly Citation[] | undefined }) {
  if (!items || items.length === 0) return null
  const names = items.map((c) => `${c.title ?? c.documentNumber ?? ''}${c.article ?? ''}`)
  return <Text className="zm-muted guide__basis">依据：{names.join('、')}</Text>
}

function Citations({ items }: { items: readonly Citation[] }) {
  return (
    <>
      {items.map((citation, index) => (
        <View key={index} className="guide__citation">
          <Text className="guide__citation-title">{citationText(citation)}</Text>
          {citation.summary ? <Text className="guide__text">{citation.summary}</Text> : null}
        </View>
      ))}
    </>
  )
}

function limitText(limit: TimeLimit): string {
  const days =
    limit.days === 0
      ? '即办'
      : `${limit.days}${limit.dayKind ? TIME_LIMIT_DAY_KIND_LABELS[limit.dayKind] : '日'}`
  return `${days}（${limit.description}）`
}

function PhoneLines({ lines }: { lines: readonly PhoneLine[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} className="guide__text">
          {line.label} <PhoneLink number={line.number} />
        </Text>
      ))}
    </>
  )
}

function Part({ index, part, children }: { index: number; part: string; children: ReactNode }) {
  return (
    <View className="zm-card guide__part" data-testid={`guide-part-${index}`}>
      <Text className="guide__part-title">
        {index}. {part}
      </Text>
      {children}
    </View>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="guide__row">
      <Text className="guide__row-label">{label}</Text>
      <View className="guide__row-value">{children}</View>
    </View>
  )
}

interface GuidePartsProps {
  guide: Guide
  /** Names of the materials the citizen has ticked. */
  ticked: ReadonlySet<string>
  onToggle: (name: string) => void
}

/** The seven parts of a guide in the standard's order, pending fields said plainly. */
export function GuideParts({ guide, ticked, onToggle }: GuidePartsProps) {
  const hotline = guide.contact.hotline
  return (
    <View>
      <Part index={1} part={GUIDE_PART_LABELS.basicInfo}>
        <Known field={guide.basicInfo} hotline={hotline}>
          {(info) => (
            <>
              <Row label="事项简介">
                <Known field={info.summary} hotline={hotline}>
                  {(summary) => <Text className="guide__text">{summary}</Text>}
                </Known>
              </Row>
              <Row label="受理条件">
                <Known field={info.acceptanceConditions} hotline={hotline}>
                  {(conditions) =>
                    conditions.map((condition, i) => (
                      <Text key={i} className="guide__text">
                        {conditions.length > 1 ? `${i + 1}. ` : ''}
                        {condition}
                      </Text>
                    ))
                  }
                </Known>
              </Row>
              <Row label="法定办理时限">
                <Known field={info.timeLimits.statutory} hotline={hotline}>
                  {(limit) => (
                    <>
                      <Text className="guide__text">{limitText(limit)}</Text>
                      <BasisLine items={limit.basis} />
                    </>
                  )}
                </Known>
              </Row>
              <Row label="承诺办理时限">
                <Known field={info.timeLimits.committed} hotline={hotline}>
                  {(limit) => <Text className="guide__text">{limitText(limit)}</Text>}
                </Known>
              </Row>
              <Row label="收费标准">
                <Known field={info.fee} hotline={hotline}>
                  {(fee) => (
                    <>
                      <Text className="guide__text">
                        {fee.description ?? (fee.charged ? '收费' : '不收费')}
                      </Text>
                      <BasisLine items={fee.basis} />
                    </>
                  )}
                </Known>
              </Row>
              <Row label="办理地点和时间">
                <Known field={info.venues} hotline={hotline}>
                  {(venues) =>
                    venues.map((venue, i) => (
                      <Text key={i} className="guide__text">
                        {venue.name}：{venue.address}；{venue.hours}
                      </Text>
                    ))
                  }
                </Known>
              </Row>
              <Row label="在线办理">
                <Known field={info.onlineChannels} hotline={hotline}>
                  {(channels) =>
                    channels.length === 0 ? (
                      <Text className="guide__text">暂无在线办理入口</Text>
                    ) : (
                      channels.map((channel, i) => (
                        <Text key={i} className="guide__text">
                          {channel.url ? (
                            <ChannelLink url={channel.url} name={channel.name} />
                          ) : (
                            channel.name
                          )}
                          {channel.description ? `：${channel.description}` : ''}
                        </Text>
                      ))
                    )
                  }
                </Known>
              </Row>
            </>
          )}
        </Known>
      </Part>

      <Part index={2} part={GUIDE_PART_LABELS.legalBasis}>
        <Known field={guide.legalBasis} hotline={hotline}>
          {(citations) => <Citations items={citations} />}
        </Known>
      </Part>

      <Part index={3} part={GUIDE_PART_LABELS.materials}>
        <Known field={guide.materials} hotline={hotline}>
          {(materials) =>
            materials.length === 0 ? (
              <Text className="guide__text">无需提交材料</Text>
            ) : (
              <>
                <Text className="zm-muted guide__hint">准备好一项就勾选一项（只保存在本机）</Text>
                {materials.map((material) => {
                  const on = ticked.has(material.name)
                  return (
                    <View
                      key={material.name}
                      className={on ? 'guide__material guide__material--ticked' : 'guide__material'}
                      {...pressable(() => onToggle(material.name), 'checkbox')}
                      aria-checked={on ? 'true' : 'false'}
                      data-testid="guide-material"
                    >
                      <Text className="guide__tick">{on ? '☑' : '☐'}</Text>
                      <View className="guide__material-body">
                        <Text className="guide__material-name">
                          {material.name}
                          {material.required ? '' : '（视情况提供）'}
                        </Text>
                        <Text className="zm-muted guide__material-line">
                          原件：{copiesText(material.originals)}；复印件：
                          {copiesText(material.copies)}；形式：
                          {material.form.status === 'known'
                            ? MATERIAL_FORM_LABELS[material.form.value]
                            : '待核实'}
                        </Text>
                        {material.notes ? (
                          <Text className="zm-muted guide__material-line">{material.notes}</Text>
                        ) : null}
                        <BasisLine items={material.basis} />
                      </View>
                    </View>
                  )
                })}
              </>
            )
          }
        </Known>
      </Part>

      <Part index={4} part={GUIDE_PART_LABELS.specialProcedures}>
        <Known field={guide.specialProcedures} hotline={hotline}>
          {(procedures) =>
            procedures.length === 0 ? (
              <Text className="guide__text">无特殊环节</Text>
            ) : (
              procedures.map((procedure, i) => (
                <Row key={i} label={procedure.name}>
                  <Known field={procedure.duration} hotline={hotline}>
                    {(duration) => <Text className="guide__text">所需时限：{duration}</Text>}
                  </Known>
                </Row>
              ))
            )
          }
        </Known>
      </Part>

      <Part index={5} part={GUIDE_PART_LABELS.process}>
        <Known field={guide.process} hotline={hotline}>
          {(steps) =>
            steps.map((step, i) => (
              <View key={i} className="guide__step">
                <Text className="guide__step-title">
                  第{i + 1}步 {step.title}
                </Text>
                <Text className="guide__text">{step.description}</Text>
                <BasisLine items={step.basis} />
              </View>
            ))
          }
        </Known>
      </Part>

      <Part index={6} part={GUIDE_PART_LABELS.rating}>
        <Known field={guide.rating} hotline={hotline}>
          {(rating) =>
            rating.rules.map((rule, i) => (
              <Text key={i} className="guide__text">
                {rule}
              </Text>
            ))
          }
        </Known>
      </Part>

      <Part index={7} part={GUIDE_PART_LABELS.result}>
        <Known field={guide.result} hotline={hotline}>
          {(result) => (
            <>
              <Row label="办理结果">
                <Known field={result.description} hotline={hotline}>
                  {(text) => <Text className="guide__text">{text}</Text>}
                </Known>
              </Row>
              <Row label="结果名称">
                <Known field={result.documentName} hotline={hotline}>
                  {(text) => <Text className="guide__text">{text}</Text>}
                </Known>
              </Row>
              <Row label="送达方式">
                <Known field={result.delivery} hotline={hotline}>
                  {(text) => <Text className="guide__text">{text}</Text>}
                </Known>
              </Row>
            </>
          )}
        </Known>
      </Part>

      {guide.faq.length > 0 ? (
        <View className="zm-card guide__part" data-testid="guide-faq">
          <Text className="guide__part-title">常见问题</Text>
          {guide.faq.map((item, i) => (
            <View key={i} className="guide__step">
              <Text className="guide__step-title">问：{item.question}</Text>
              <Text className="guide__text">答：{item.answer}</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className="zm-card guide__part" data-testid="guide-contact">
        <Text className="guide__part-title">咨询及监督电话</Text>
        <Row label="咨询电话">
          <Known field={guide.contact.consultationLines} hotline={hotline}>
            {(lines) => <PhoneLines lines={lines} />}
          </Known>
        </Row>
        <Row label="监督投诉电话">
          <Known field={guide.contact.complaintLines} hotline={hotline}>
            {(lines) => <PhoneLines lines={lines} />}
          </Known>
        </Row>
        <Row label={hotline.label}>
          <Text className="guide__text">
            <PhoneLink number={hotline.number} testId="guide-hotline" />
          </Text>
        </Row>
      </View>
    </View>
  )
}
