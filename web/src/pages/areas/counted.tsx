import type { Column } from '../../components/Table';

/**
 * The column that says whether a record is one of those behind the classification's counts for the
 * chosen year (the ids the API lists in `records`); no column when the registry does not feed it.
 */
export function countedColumn<T extends { id: number }>(counted: number[] | undefined): Column<T>[] {
  if (!counted) return [];
  return [{ label: 'Tính vào phân loại', render: (r) => (counted.includes(r.id) ? 'Có' : 'Không') }];
}
