// The commune registries other than points, described once so one component lists and records them
// all (the server's table in src/app/areas/registry.cpp has the same fields).

export type FieldType = 'text' | 'date' | 'integer' | 'decimal' | 'choice';

export interface RegistryField {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: Record<string, string>;
  /** Shown as a column of the list (the rest only in the form). */
  listed?: boolean;
  /** A choice changed in place on the list (a case moves from investigation to trial). */
  editable?: boolean;
}

export interface RegistrySpec {
  path: string;
  /** Which list of the classification's `records` holds the ids of this registry's rows that count. */
  records?: 'offenders' | 'plant_finds' | 'wanted';
  title: string;
  noun: string;
  fields: RegistryField[];
}

export const CASE_STATUS_LABELS: Record<string, string> = {
  investigating: 'Đang điều tra',
  prosecuted: 'Đã truy tố',
  tried: 'Đã xét xử',
};

export const REGISTRIES: RegistrySpec[] = [
  {
    path: 'cases',
    title: 'Vụ án ma túy',
    noun: 'vụ án',
    fields: [
      { key: 'case_date', label: 'Ngày phát hiện vụ án', type: 'date', required: true, listed: true },
      { key: 'reference', label: 'Số hiệu vụ án', type: 'text', listed: true },
      { key: 'charges', label: 'Tội danh', type: 'text', listed: true },
      {
        key: 'status',
        label: 'Tình trạng vụ án',
        type: 'choice',
        required: true,
        options: CASE_STATUS_LABELS,
        listed: true,
        editable: true,
      },
      { key: 'drugs_seized', label: 'Ma túy thu giữ', type: 'text', listed: true },
      { key: 'note', label: 'Ghi chú', type: 'text' },
    ],
  },
  {
    path: 'offenders',
    records: 'offenders',
    title: 'Đối tượng bị bắt giữ',
    noun: 'đối tượng',
    fields: [
      { key: 'full_name', label: 'Họ và tên', type: 'text', required: true, listed: true },
      { key: 'arrest_date', label: 'Ngày bắt giữ', type: 'date', required: true, listed: true },
      { key: 'case_id', label: 'Số thứ tự vụ án (#)', type: 'integer', listed: true },
      { key: 'residence_commune_code', label: 'Mã xã nơi cư trú', type: 'text', listed: true },
      { key: 'person_id', label: 'Mã người trong hồ sơ đối tượng', type: 'integer', listed: true },
      { key: 'charges', label: 'Tội danh', type: 'text', listed: true },
      { key: 'note', label: 'Ghi chú', type: 'text' },
    ],
  },
  {
    path: 'wanted',
    records: 'wanted',
    title: 'Đối tượng truy nã lẩn trốn',
    noun: 'đối tượng truy nã',
    fields: [
      { key: 'full_name', label: 'Họ và tên', type: 'text', required: true, listed: true },
      { key: 'warrant', label: 'Quyết định truy nã', type: 'text', listed: true },
      { key: 'since_date', label: 'Lẩn trốn từ ngày', type: 'date', required: true, listed: true },
      { key: 'until_date', label: 'Đến ngày (bị bắt hoặc rời địa bàn)', type: 'date', listed: true },
      { key: 'note', label: 'Ghi chú', type: 'text' },
    ],
  },
  {
    path: 'plant-finds',
    records: 'plant_finds',
    title: 'Phát hiện cây có chứa chất ma túy',
    noun: 'lần phát hiện',
    fields: [
      { key: 'found_date', label: 'Ngày phát hiện', type: 'date', required: true, listed: true },
      { key: 'destroyed_date', label: 'Ngày triệt phá', type: 'date', listed: true },
      { key: 'plant', label: 'Loại cây', type: 'text', listed: true },
      { key: 'plants', label: 'Số cây', type: 'integer', required: true, listed: true },
      { key: 'area_m2', label: 'Diện tích (m²)', type: 'decimal', required: true, listed: true },
      { key: 'note', label: 'Ghi chú', type: 'text' },
    ],
  },
];
