// Which column of the uploaded file holds each field. Left on "tự nhận biết", the server finds the
// column by its heading's wording ("Số định danh", "so dinh danh", "CCCD", ...).
interface Props {
  fields: { field: string; label: string }[];
  headers: string[];
  mapping: Record<string, string>;
  onChange(mapping: Record<string, string>): void;
}

export function ColumnMapping({ fields, headers, mapping, onChange }: Props) {
  return (
    <fieldset className="mapping">
      <legend>Cột tương ứng trong tệp</legend>
      <div className="grid-2">
        {fields.map((f) => {
          const id = `map-${f.field}`;
          const value = mapping[f.field] ?? '';
          // A heading the server found that the browser could not read still shows.
          const options = value && !headers.includes(value) ? [value, ...headers] : headers;
          return (
            <div className="field" key={f.field}>
              <label htmlFor={id}>{f.label}</label>
              <select id={id} value={value} onChange={(e) => onChange({ ...mapping, [f.field]: e.target.value })}>
                <option value="">— Tự nhận biết —</option>
                {options.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The mapping to send: only the columns the user chose. */
export function chosenColumns(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => header));
}
