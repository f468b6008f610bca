import { Text, View } from '@tarojs/components'
import {
  GUIDE_PART_LABELS,
  MATERIAL_FORM_LABELS,
  PENDING_LABEL,
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

/** Shows a confirmed value, or says it is still to be confirmed and where to ask meanwhile. */
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
      {PENDING_LABEL}
      {field.note ? `（${field.note}）` : ''}
      {/* The note often names the hotline already; say it once. */}
      {field.note?.includes(hotline.number) ? '' : `，可先咨询${hotline.label} ${hotline.number}`}
    </Text>
  )
}

function citationText(citation: Citation): string {
  return [citation.title, citation.documentNumber, citation.article].filter(Boolean).join(' ')
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
                  {(limit) => <Text className="guide__text">{limitText(limit)}</Text>}
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
                    <Text className="guide__text">
                      {fee.description ?? (fee.charged ? '收费' : '不收费')}
                    </Text>
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
                          原件：
                          {material.originals.status === 'known'
                            ? `${material.originals.value} 份`
                            : PENDING_LABEL}
                          ；复印件：
                          {material.copies.status === 'known'
                            ? `${material.copies.value} 份`
                            : PENDING_LABEL}
                          ；形式：
                          {material.form.status === 'known'
                            ? MATERIAL_FORM_LABELS[material.form.value]
                            : PENDING_LABEL}
                        </Text>
                        {material.notes ? (
                          <Text className="zm-muted guide__material-line">{material.notes}</Text>
                        ) : null}
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
