import type { Guide } from '@zhengmin/shared'
import { TextField } from './controls'
import type { FormSection } from './errors'
import {
  BasicInfoEditor,
  ContactEditor,
  FaqEditor,
  LegalBasisEditor,
  MaterialsEditor,
  ProcessEditor,
  RatingEditor,
  ResultEditor,
  SpecialProceduresEditor,
} from './parts'

/** The fields of one section of the guide form. */
export function SectionEditor(props: {
  section: FormSection
  draft: Guide
  onChange: (draft: Guide) => void
}) {
  const { section, draft, onChange } = props
  const set =
    <K extends keyof Guide>(key: K) =>
    (value: Guide[K]) =>
      onChange({ ...draft, [key]: value })
  switch (section) {
    case 'names':
      return (
        <>
          <TextField
            path={['officialName']}
            label="事项名称"
            required
            value={draft.officialName}
            onChange={set('officialName')}
          />
          <TextField
            path={['shortName']}
            label="简称"
            required
            value={draft.shortName}
            onChange={set('shortName')}
          />
        </>
      )
    case 'basicInfo':
      return <BasicInfoEditor field={draft.basicInfo} onChange={set('basicInfo')} />
    case 'legalBasis':
      return <LegalBasisEditor field={draft.legalBasis} onChange={set('legalBasis')} />
    case 'materials':
      return <MaterialsEditor field={draft.materials} onChange={set('materials')} />
    case 'specialProcedures':
      return (
        <SpecialProceduresEditor
          field={draft.specialProcedures}
          onChange={set('specialProcedures')}
        />
      )
    case 'process':
      return <ProcessEditor field={draft.process} onChange={set('process')} />
    case 'rating':
      return <RatingEditor field={draft.rating} onChange={set('rating')} />
    case 'result':
      return <ResultEditor field={draft.result} onChange={set('result')} />
    case 'contact':
      return <ContactEditor contact={draft.contact} onChange={set('contact')} />
    case 'faq':
      return <FaqEditor rows={draft.faq} onChange={set('faq')} />
  }
}
