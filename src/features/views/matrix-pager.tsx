// Pager of the matrix rows: thousands of departments are drawn one page at a time.
import { useI18n } from '../../i18n/i18n';

export function MatrixPager({
  page,
  pages,
  departments,
  onPage,
}: {
  page: number;
  pages: number;
  departments: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  return (
    <span className="matrix-pager" role="group" aria-label={t('matrixPage', { page: page + 1, pages, n: departments })}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        {t('previousPage')}
      </button>
      <span aria-live="polite">{t('matrixPage', { page: page + 1, pages, n: departments })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        {t('nextPage')}
      </button>
    </span>
  );
}
