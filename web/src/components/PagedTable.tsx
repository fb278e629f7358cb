import type { Page } from '../api/types';
import type { Loaded } from '../lib/hooks';
import { Alert } from './Alert';
import { Pagination } from './Pagination';
import { Table, type Column } from './Table';

interface Props<T> {
  loaded: Loaded<Page<T>>;
  caption: string;
  columns: Column<T>[];
  rowKey(row: T): string | number;
  empty: string;
  /** Noun for the counted things, e.g. "xã, phường". */
  noun: string;
  onPage(page: number): void;
}

/** One page of a list endpoint: its error, its rows and the page buttons. */
export function PagedTable<T>({ loaded, caption, columns, rowKey, empty, noun, onPage }: Props<T>) {
  const page = loaded.data;
  return (
    <>
      <Alert>{loaded.error}</Alert>
      <Table
        caption={caption}
        columns={columns}
        rows={page?.items ?? []}
        rowKey={rowKey}
        empty={empty}
        loading={loaded.loading}
      />
      {page && (
        <Pagination page={page.page} pageSize={page.page_size} total={page.total} noun={noun} onPage={onPage} />
      )}
    </>
  );
}
