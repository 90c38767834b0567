interface Props {
  label: string;
  fraction: number;
  detail: string;
}

export function ProgressBar({ label, fraction, detail }: Props) {
  const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="progress-track">
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="progress-text">
        {pct}% · {detail}
      </span>
    </div>
  );
}
