// A search field whose placeholder is its accessible name.
export function SearchBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return <input type="search" aria-label={label} placeholder={label} value={value} onChange={(e) => onChange(e.target.value)} />;
}
