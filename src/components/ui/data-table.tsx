// A table of records: one header row, then the caller's rows. A header given as a `<th>`
// element is used as it is (for a class or title); anything else becomes a plain `<th>`.
import { Fragment, isValidElement, type ReactNode } from 'react';

export function DataTable({
  className,
  testId,
  caption,
  headers,
  children,
}: {
  className: string;
  testId?: string;
  caption?: ReactNode;
  headers: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>{headers.map((h, i) => (isValidElement(h) && h.type === 'th' ? <Fragment key={i}>{h}</Fragment> : <th key={i}>{h}</th>))}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
