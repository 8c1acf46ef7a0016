import { DATE_OUT_OF_RANGE_MESSAGE, readAcceptedDate } from '@caunoi/platform'
import { validations, type CollectionConfig, type DateField, type Field } from 'payload'

/** Payload takes any date JS parses; PostgreSQL then fails the write with a 500 (year 0, year 200000). */
function storableDate(field: DateField): DateField {
  const own = field.validate ?? validations.date
  return {
    ...field,
    validate: (value, options) =>
      (typeof value === 'string' || value instanceof Date) && readAcceptedDate(value) === 'out-of-range'
        ? DATE_OUT_OF_RANGE_MESSAGE
        : own(value, options),
  }
}

function withStorableDateFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') return storableDate(field)
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withStorableDateFields(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withStorableDateFields(block.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withStorableDateFields(field.fields) } as Field
    }
    return field
  })
}

/** Every date field of the collection, at any depth, refuses a date the platform cannot store. */
export const withStorableDates = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withStorableDateFields(collection.fields),
})
