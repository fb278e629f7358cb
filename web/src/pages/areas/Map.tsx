import { useEffect, useImperativeHandle, useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import { Link, useNavigate, type NavigateFunction } from 'react-router';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useUser } from '../../auth';
import type { KeyType, PointKind } from '../../api/areas';
import { getMap, getMapConfig, setCommunePosition, type MapCommune, type MapPoint } from '../../api/areasMap';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { useQueryState } from '../../lib/searchParams';
import { POINT_KIND_LABELS, POINT_STATUS_LABELS, currentEvaluationYear } from './labels';
import { MapList } from './MapList';
import {
  communeKey,
  communeLabel,
  hasPlace,
  isEliminated,
  keepPoint,
  pointKey,
  type StatusFilter,
} from './mapItems';
import { YearSelect } from './year';
import './areas.css';
import './map.css';

const KIND_COLORS: Record<PointKind, string> = { use_point: '#c0392b', hotspot: '#6c3483', retail: '#d35400' };
const TYPE_COLORS: Record<KeyType, string> = {
  I: '#b71c1c',
  II: '#e65100',
  III: '#c9a400',
  none: '#546e7a',
  insufficient_data: '#9e9e9e',
};
const COMMUNE_LEGEND: Record<KeyType, string> = {
  I: 'Xã trọng điểm loại I',
  II: 'Xã trọng điểm loại II',
  III: 'Xã trọng điểm loại III',
  none: 'Xã không thuộc loại trọng điểm',
  insufficient_data: 'Xã thiếu dữ liệu phân loại',
};
const DRUG_FREE_COLOR = '#2e7d32';
const KINDS: PointKind[] = ['use_point', 'hotspot', 'retail'];

const STATUS_FILTERS = [
  { value: 'active', label: 'Đang hoạt động (chưa triệt xóa)' },
  { value: 'eliminated', label: 'Đã triệt xóa, đang theo dõi' },
  { value: 'reformed', label: 'Tái hình thành' },
];

function communeColor(c: MapCommune): string {
  return c.drug_free === true ? DRUG_FREE_COLOR : TYPE_COLORS[c.type];
}

/** A popup's content built as DOM nodes (no HTML strings from data), its link routed in the app. */
function popup(lines: string[], link: { href: string; text: string }, navigate: NavigateFunction): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  lines.forEach((text, i) => {
    const line = document.createElement(i === 0 ? 'strong' : 'div');
    line.textContent = text;
    box.appendChild(line);
  });
  const a = document.createElement('a');
  a.href = link.href;
  a.textContent = link.text;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    void navigate(link.href);
  });
  box.appendChild(a);
  return box;
}

/** Lines of latitude and longitude at a step fitting the view: the map's own background on a closed network. */
function drawGraticule(map: L.Map, layer: L.LayerGroup) {
  layer.clearLayers();
  const b = map.getBounds();
  const span = Math.max(b.getNorth() - b.getSouth(), b.getEast() - b.getWest());
  const step = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01].find((s) => span / s >= 3) ?? 0.01;
  const style = { color: '#9fb3c8', weight: 1, opacity: 0.7, interactive: false };
  const digits = step < 0.1 ? 2 : step < 1 ? 1 : 0;
  const label = (at: L.LatLngExpression, text: string) =>
    L.marker(at, {
      icon: L.divIcon({ className: 'graticule-label', html: text, iconSize: undefined }),
      interactive: false,
      keyboard: false,
    }).addTo(layer);
  for (let lat = Math.ceil(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
    L.polyline([[lat, b.getWest() - span], [lat, b.getEast() + span]], style).addTo(layer);
    label([lat, b.getWest()], `${lat.toFixed(digits)}°B`);
  }
  for (let lon = Math.ceil(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
    L.polyline([[b.getSouth() - span, lon], [b.getNorth() + span, lon]], style).addTo(layer);
    label([b.getNorth(), lon], `${lon.toFixed(digits)}°Đ`);
  }
}

interface MapViewProps {
  year: number;
  /** What to draw: the located points and placed communes that pass the page's filters. */
  points: MapPoint[];
  communes: MapCommune[];
  names: Map<string, string>;
  tileUrl: string | null;
  onPick?(lat: number, lon: number): void;
  handle: Ref<MapHandle>;
}

export interface MapHandle {
  /** Pans to the marker `key`, opens its popup and moves focus into it; focus returns to `from` on close. */
  show(key: string, from: HTMLElement): void;
}

/** The Leaflet map: commune circles under point markers; tiles only when the operator configured them. */
function MapView({ year, points, communes, names, tileUrl, onPick, handle }: MapViewProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);
  const byKey = useRef(new Map<string, L.CircleMarker>());
  const returnFocus = useRef<HTMLElement | null>(null);
  const fitted = useRef(false);
  const pick = useRef(onPick);
  pick.current = onPick;
  const navigate = useNavigate();

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { center: [19.2, 105.0], zoom: 8, attributionControl: Boolean(tileUrl) });
    L.control.scale({ imperial: false }).addTo(m);
    if (tileUrl) {
      L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(m);
    } else {
      const grid = L.layerGroup().addTo(m);
      const redraw = () => drawGraticule(m, grid);
      m.on('moveend zoomend', redraw);
      redraw();
    }
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));
    // Leaflet closes a popup on Escape only while the map itself has focus; a keyboard user is inside the popup.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && (e.target as Element).closest('.leaflet-popup')) m.closePopup();
    };
    element.current.addEventListener('keydown', onKey);
    // Focus was in the popup (or fell to the page as it closed): give it back to the button that opened it.
    m.on('popupclose', (e: L.PopupEvent) => {
      const from = returnFocus.current;
      returnFocus.current = null;
      const active = document.activeElement;
      if (from?.isConnected && (!active || active === document.body || e.popup.getElement()?.contains(active))) {
        from.focus();
      }
    });
    markers.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
      fitted.current = false;
    };
  }, [tileUrl]);

  useImperativeHandle(handle, () => ({
    show(key, from) {
      const m = map.current;
      const marker = byKey.current.get(key);
      if (!m || !marker) return;
      m.setView(marker.getLatLng(), Math.max(m.getZoom(), 11), { animate: false });
      marker.openPopup();
      returnFocus.current = from;
      marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.map-popup a')?.focus();
    },
  }), []);

  useEffect(() => {
    const m = map.current;
    const layer = markers.current;
    if (!m || !layer) return;
    layer.clearLayers();
    byKey.current.clear();
    const bounds: L.LatLngExpression[] = [];
    for (const c of communes) {
      if (!c.position) continue;
      const at: L.LatLngTuple = [c.position.lat, c.position.lon];
      bounds.push(at);
      const estimated = c.position.source === 'estimated';
      const circle = L.circleMarker(at, {
        radius: 14,
        color: communeColor(c),
        weight: 2,
        dashArray: estimated ? '4 4' : undefined,
        fillColor: communeColor(c),
        fillOpacity: 0.25,
        className: `map-commune map-commune-${c.code}`,
      })
        .bindPopup(
          popup(
            [c.name, `Phân loại năm ${year}: ${communeLabel(c)}`, `${c.points} điểm, tụ điểm`,
              estimated ? 'Vị trí ước tính từ tọa độ các điểm của xã' : 'Vị trí do cơ quan thường trực đặt'],
            { href: `/dia-ban/${c.code}?year=${year}`, text: 'Xem phân loại và sổ theo dõi' },
            navigate,
          ),
        )
        .addTo(layer);
      byKey.current.set(communeKey(c), circle);
    }
    for (const p of points) {
      if (!hasPlace(p)) continue;
      const at: L.LatLngTuple = [p.lat as number, p.lon as number];
      bounds.push(at);
      const eliminated = isEliminated(p);
      const marker = L.circleMarker(at, {
        radius: p.reformed ? 9 : 7,
        color: p.reformed ? '#000' : KIND_COLORS[p.kind],
        weight: p.reformed ? 3 : 2,
        fillColor: eliminated ? '#fff' : KIND_COLORS[p.kind],
        fillOpacity: 0.9,
        className: `map-point map-point-${p.id}`,
      })
        .bindPopup(
          popup(
            [p.name || p.address, POINT_KIND_LABELS[p.kind], `Tình trạng: ${POINT_STATUS_LABELS[p.status]}`,
              ...(p.reformed ? ['Tái hình thành'] : []), p.address, names.get(p.commune_code) ?? p.commune_code],
            { href: `/dia-ban/${p.commune_code}?year=${year}#points-title`, text: 'Mở sổ theo dõi của xã' },
            navigate,
          ),
        )
        .addTo(layer);
      byKey.current.set(pointKey(p), marker);
    }
    if (!fitted.current && bounds.length > 0) {
      m.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: 13 });
      fitted.current = true;
    }
  }, [year, points, communes, names, navigate]);

  return (
    <div
      ref={element}
      className={`area-map${tileUrl ? '' : ' area-map-plain'}`}
      role="region"
      aria-label="Bản đồ điểm, tụ điểm và phân loại xã, phường"
      aria-describedby="map-list-note"
    />
  );
}

function Legend() {
  const swatch = (color: string, hollow = false, ring = false) => (
    <span
      className="legend-swatch"
      style={{ borderColor: ring ? '#000' : color, background: hollow ? '#fff' : color, borderWidth: ring ? 3 : 2 }}
      aria-hidden="true"
    />
  );
  return (
    <div className="map-legend">
      <h2 className="visually-hidden">Chú giải</h2>
      <ul>
        {KINDS.map((k) => (
          <li key={k}>
            {swatch(KIND_COLORS[k])} {POINT_KIND_LABELS[k]}
          </li>
        ))}
        <li>{swatch('#777', true)} Đã triệt xóa (viền màu theo loại)</li>
        <li>{swatch('#777', false, true)} Tái hình thành (viền đen)</li>
      </ul>
      <ul>
        {(['I', 'II', 'III', 'none', 'insufficient_data'] as KeyType[]).map((t) => (
          <li key={t}>
            <span className="legend-swatch legend-circle" style={{ borderColor: TYPE_COLORS[t] }} aria-hidden="true" />{' '}
            {COMMUNE_LEGEND[t]}
          </li>
        ))}
        <li>
          <span className="legend-swatch legend-circle" style={{ borderColor: DRUG_FREE_COLOR }} aria-hidden="true" /> Xã
          không ma túy
        </li>
        <li>
          <span className="legend-swatch legend-circle legend-dashed" aria-hidden="true" /> Vị trí xã ước tính từ các điểm
        </li>
      </ul>
    </div>
  );
}

/** Standing office / admin: place a commune by clicking the map or typing its coordinates (audited). */
function PositionForm({
  communes,
  picked,
  onSaved,
}: {
  communes: MapCommune[];
  picked: { lat: number; lon: number } | null;
  onSaved(): void;
}) {
  const [code, setCode] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [done, setDone] = useState('');
  const save = useSubmit();

  useEffect(() => {
    if (!picked) return;
    setLat(picked.lat.toFixed(5));
    setLon(picked.lon.toFixed(5));
  }, [picked]);

  async function put(body: { lat: number | null; lon: number | null }, message: string) {
    setDone('');
    if (await save.run(() => setCommunePosition(code, body).then(() => {}))) {
      setDone(message);
      onSaved();
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void put({ lat: Number(lat.replace(',', '.')), lon: Number(lon.replace(',', '.')) }, 'Đã lưu vị trí của xã.');
  }

  const chosen = communes.find((c) => c.code === code);
  return (
    <details className="panel area-new">
      <summary>Đặt vị trí xã, phường trên bản đồ</summary>
      <form className="form" onSubmit={submit}>
        <p className="muted">Chọn xã, rồi bấm vào vị trí của xã trên bản đồ hoặc nhập vĩ độ, kinh độ.</p>
        {done && <Alert kind="success">{done}</Alert>}
        <Alert>{save.error.message}</Alert>
        <SelectField
          id="position-commune"
          label="Xã, phường"
          value={code}
          onValue={setCode}
          empty="— Chọn —"
          required
          options={communes.map((c) => ({
            value: c.code,
            label: `${c.name}${c.position ? (c.position.source === 'set' ? ' (đã đặt)' : ' (ước tính)') : ' (chưa có tọa độ)'}`,
          }))}
        />
        <TextField id="position-lat" label="Vĩ độ" inputMode="decimal" value={lat} onValue={setLat} required />
        <TextField id="position-lon" label="Kinh độ" inputMode="decimal" value={lon} onValue={setLon} required />
        <div className="buttons">
          <button type="submit" className="button primary" disabled={save.busy || !code}>
            Lưu vị trí
          </button>
          {chosen?.position?.source === 'set' && (
            <button
              type="button"
              className="button secondary"
              disabled={save.busy}
              onClick={() => void put({ lat: null, lon: null }, 'Đã xóa vị trí đã đặt của xã.')}
            >
              Xóa vị trí đã đặt
            </button>
          )}
        </div>
      </form>
    </details>
  );
}

const unplacedPointColumns = (year: number, names: Map<string, string>): Column<MapPoint>[] => [
  { label: 'Điểm', render: (p) => p.name || p.address },
  { label: 'Loại', render: (p) => POINT_KIND_LABELS[p.kind] },
  { label: 'Tình trạng', render: (p) => POINT_STATUS_LABELS[p.status] + (p.reformed ? ' · tái hình thành' : '') },
  {
    label: 'Xã, phường',
    render: (p) => <Link to={`/dia-ban/${p.commune_code}?year=${year}#points-title`}>{names.get(p.commune_code) ?? p.commune_code}</Link>,
  },
];

/** Bản đồ: points, hotspots and retail points, and every commune's classification, on a map of the province. */
export function AreaMap() {
  const user = useUser();
  const [params, update] = useQueryState();
  const year = params.get('year') ?? String(currentEvaluationYear());
  const status = (params.get('status') ?? '') as StatusFilter;
  const [kinds, setKinds] = useState<Set<PointKind>>(() => new Set(KINDS));
  const [showCommunes, setShowCommunes] = useState(true);
  const [picked, setPicked] = useState<{ lat: number; lon: number } | null>(null);
  const config = useLoad(() => getMapConfig(), 'map-config');
  const loaded = useLoad(() => getMap(year), year);
  const canPlace = user.role === 'standing_office' || user.role === 'admin';

  const mapView = useRef<MapHandle>(null);

  const data = loaded.data;
  // Memoised so the markers are redrawn only when the data or a filter changes, not on every render.
  const names = useMemo(() => new Map((data?.communes ?? []).map((c) => [c.code, c.name])), [data]);
  const shownPoints = useMemo(
    () => (data?.points ?? []).filter((p) => hasPlace(p) && keepPoint(p, kinds, status)),
    [data, kinds, status],
  );
  const shownCommunes = useMemo(
    () => (showCommunes ? (data?.communes ?? []).filter((c) => c.position) : []),
    [data, showCommunes],
  );
  const unplacedPoints = (data?.points ?? []).filter((p) => !hasPlace(p));
  const unplacedCommunes = (data?.communes ?? []).filter((c) => !c.position);
  const estimated = (data?.communes ?? []).filter((c) => c.position?.source === 'estimated').length;

  function toggleKind(k: PointKind) {
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setKinds(next);
  }

  return (
    <section>
      <PageHeader title="Bản đồ">
        <Link className="button secondary" to={`/dia-ban?year=${year}`}>
          Phân loại xã, phường
        </Link>
      </PageHeader>
      <p>Điểm, tụ điểm, điểm bán lẻ và phân loại xã, phường năm đánh giá theo Quyết định 28/2025/QĐ-TTg.</p>
      <form className="filters area-filters map-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => update({ year: v })} />
        <SelectField
          id="map-status"
          label="Tình trạng điểm"
          value={status}
          onValue={(v) => update({ status: v })}
          options={STATUS_FILTERS}
          empty="Tất cả"
        />
        <fieldset className="map-kinds">
          <legend>Hiển thị</legend>
          {KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggleKind(k)} /> {POINT_KIND_LABELS[k]}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={showCommunes} onChange={() => setShowCommunes(!showCommunes)} /> Phân loại
            xã, phường
          </label>
        </fieldset>
      </form>
      <Alert>{loaded.error || config.error}</Alert>
      {config.data && !config.data.tile_url && (
        <p className="muted map-note">
          Chưa cấu hình nền bản đồ: bản đồ hiển thị lưới kinh độ, vĩ độ và thước tỷ lệ; mọi điểm vẫn được hiển thị.
        </p>
      )}
      <div className="map-layout">
        {data && config.data && (
          <MapView
            year={data.year}
            points={shownPoints}
            communes={shownCommunes}
            names={names}
            tileUrl={config.data.tile_url}
            onPick={canPlace ? (lat, lon) => setPicked({ lat, lon }) : undefined}
            handle={mapView}
          />
        )}
        <Legend />
      </div>
      {data && estimated > 0 && (
        <p className="muted">
          {estimated} xã, phường chưa được đặt vị trí: vị trí trên bản đồ được ước tính từ tọa độ các điểm của xã (viền
          nét đứt).
        </p>
      )}
      {data && canPlace && <PositionForm communes={data.communes} picked={picked} onSaved={loaded.reload} />}
      {data && config.data && (
        <MapList
          points={shownPoints}
          communes={shownCommunes}
          names={names}
          onShow={(key, from) => mapView.current?.show(key, from)}
        />
      )}
      {data && (
        <>
          <Table
            caption="Điểm chưa có tọa độ (không hiển thị trên bản đồ)"
            columns={unplacedPointColumns(data.year, names)}
            rows={unplacedPoints}
            rowKey={(p) => p.id}
            empty="Mọi điểm đều có tọa độ."
          />
          <section aria-labelledby="unplaced-communes-title">
            <h2 id="unplaced-communes-title">Xã, phường chưa có tọa độ ({unplacedCommunes.length})</h2>
            {unplacedCommunes.length === 0 ? (
              <p className="muted">Mọi xã, phường đều có vị trí trên bản đồ.</p>
            ) : (
              <ul className="map-unplaced">
                {unplacedCommunes.map((c) => (
                  <li key={c.code}>
                    <Link to={`/dia-ban/${c.code}?year=${data.year}`}>{c.name}</Link> — {communeLabel(c)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
