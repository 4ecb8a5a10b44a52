// Turns an audit row's before/after JSON into field-by-field rows a person can read. Pure, so the
// page and the unit tests share it.
export type AuditChange = { field: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  // A scalar (or list) snapshot has no field names: show it as one unnamed value.
  const asRecord = (v: unknown) => (isRecord(v) ? v : v === null || v === undefined ? {} : { value: v });
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null),
  }));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoInstant(v: unknown): v is string {
  return typeof v === "string" && ISO_INSTANT.test(v);
}
