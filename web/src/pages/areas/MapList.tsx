import type { MapCommune, MapPoint } from '../../api/areasMap';
import { Table, type Column } from '../../components/Table';
import { POINT_KIND_LABELS, POINT_STATUS_LABELS } from './labels';
import { communeKey, communeLabel, pointKey } from './mapItems';

interface Props {
  points: MapPoint[];
  communes: MapCommune[];
  names: Map<string, string>;
  /** Pans the map to the marker and opens its popup; focus goes back to `from` when the popup closes. */
  onShow(key: string, from: HTMLElement): void;
}

/** The button names its row for screen readers; the visible text stays short. */
function ShowButton({ what, onShow }: { what: string; onShow(from: HTMLElement): void }) {
  return (
    <button type="button" className="button secondary small" onClick={(e) => onShow(e.currentTarget)}>
      Xem trên bản đồ<span className="visually-hidden">: {what}</span>
    </button>
  );
}

/**
 * The markers as tables: the SVG circles of the map cannot be reached by keyboard or read by a screen reader,
 * so every point and commune the map currently draws is listed here with a button that shows it on the map.
 */
export function MapList({ points, communes, names, onShow }: Props) {
  const pointColumns: Column<MapPoint>[] = [
    { label: 'Điểm', render: (p) => p.name || p.address },
    { label: 'Loại', render: (p) => POINT_KIND_LABELS[p.kind] },
    { label: 'Tình trạng', render: (p) => POINT_STATUS_LABELS[p.status] + (p.reformed ? ' · tái hình thành' : '') },
    { label: 'Xã, phường', render: (p) => names.get(p.commune_code) ?? p.commune_code },
    { label: 'Bản đồ', render: (p) => <ShowButton what={p.name || p.address} onShow={(b) => onShow(pointKey(p), b)} /> },
  ];
  const communeColumns: Column<MapCommune>[] = [
    { label: 'Xã, phường', render: (c) => c.name },
    { label: 'Phân loại', render: communeLabel },
    { label: 'Số điểm', render: (c) => c.points, numeric: true },
    { label: 'Vị trí', render: (c) => (c.position?.source === 'set' ? 'Đã đặt' : 'Ước tính từ các điểm') },
    { label: 'Bản đồ', render: (c) => <ShowButton what={c.name} onShow={(b) => onShow(communeKey(c), b)} /> },
  ];
  return (
    <section className="map-list" aria-labelledby="map-list-title">
      <h2 id="map-list-title">Danh sách trên bản đồ</h2>
      <p id="map-list-note" className="muted">
        Các điểm và xã, phường đang hiển thị trên bản đồ theo bộ lọc ở trên; nút “Xem trên bản đồ” đưa bản đồ đến vị trí
        và mở thông tin của từng mục.
      </p>
      <h3 id="map-list-points">Điểm trên bản đồ ({points.length})</h3>
      <Table
        caption="Điểm trên bản đồ"
        columns={pointColumns}
        rows={points}
        rowKey={(p) => p.id}
        empty="Không có điểm nào có tọa độ khớp bộ lọc."
      />
      {communes.length > 0 && (
        <>
          <h3>Xã, phường trên bản đồ ({communes.length})</h3>
          <Table
            caption="Xã, phường trên bản đồ"
            columns={communeColumns}
            rows={communes}
            rowKey={(c) => c.code}
            empty=""
          />
        </>
      )}
    </section>
  );
}
