import { formatNumber } from '../lib/format';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  /** Noun for the counted things, e.g. "xã, phường". */
  noun: string;
  onPage(page: number): void;
}

export function Pagination({ page, pageSize, total, noun, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label="Phân trang">
      <p className="pagination-total">
        {formatNumber(total)} {noun}
        {pages > 1 && ` · Trang ${page}/${pages}`}
      </p>
      {pages > 1 && (
        <div className="pagination-buttons">
          <button type="button" className="button secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            ‹ Trang trước
          </button>
          <button type="button" className="button secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            Trang sau ›
          </button>
        </div>
      )}
    </nav>
  );
}
