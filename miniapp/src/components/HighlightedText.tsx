import { Text } from '@tarojs/components'
import { PERSONAL_DATA_KIND_LABELS, type PublicationFinding } from '@zhengmin/shared'
import './HighlightedText.scss'

interface Span {
  text: string
  finding?: Pick<PublicationFinding, 'kind'>
}

/** The text cut into plain runs and findings (findings sorted, overlapping ones skipped). */
function spans(
  text: string,
  findings: readonly Pick<PublicationFinding, 'start' | 'end' | 'kind'>[],
) {
  const result: Span[] = []
  let cursor = 0
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < cursor || finding.end > text.length) continue
    if (finding.start > cursor) result.push({ text: text.slice(cursor, finding.start) })
    result.push({ text: text.slice(finding.start, finding.end), finding })
    cursor = finding.end
  }
  if (cursor < text.length) result.push({ text: text.slice(cursor) })
  return result
}

/** A text with its personal-data findings marked, each labelled for screen readers. */
export function HighlightedText({
  text,
  findings,
  testId,
}: {
  text: string
  findings: readonly Pick<PublicationFinding, 'start' | 'end' | 'kind'>[]
  testId?: string
}) {
  return (
    <Text className="highlighted" data-testid={testId}>
      {spans(text, findings).map((span, index) =>
        span.finding ? (
          <Text
            key={index}
            className="highlighted__finding"
            data-testid="finding-mark"
            aria-label={`疑似${PERSONAL_DATA_KIND_LABELS[span.finding.kind]}：${span.text}`}
          >
            {span.text}
          </Text>
        ) : (
          <Text key={index}>{span.text}</Text>
        ),
      )}
    </Text>
  )
}
