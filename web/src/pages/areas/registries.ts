// The commune registries, described once so one form records and corrects them all (the server's
// table in src/app/areas/registry.cpp has the same fields). Points have their own list (the lifecycle).
import type { Registry } from '../../api/areas';
import { POINT_KIND_LABELS } from './labels';

/** person: a people-registry id (picker); commune: a commune code (picker); case: a case of the commune. */
export type FieldType = 'text' | 'date' | 'integer' | 'decimal' | 'choice' | 'person' | 'commune' | 'case';

export interface RegistryField {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: Record<string, string>;
  /** Shown as a column of the list (the rest only in the form). */
  listed?: boolean;
  /** Given when the row is recorded only: the correction form leaves it out (it moves on its own). */
  createOnly?: boolean;
  /** A status moved on the list with the date it took effect, and its history (a case's). */
  datedStatus?: boolean;
}

export interface RegistrySpec {
  path: Registry;
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

/** A point's fields: every one but the status, which moves through its own lifecycle. */
export const POINT_SPEC: RegistrySpec = {
  path: 'points',
  title: 'Điểm, tụ điểm',
  noun: 'điểm',
  fields: [
    { key: 'kind', label: 'Loại điểm', type: 'choice', required: true, options: POINT_KIND_LABELS },
    { key: 'name', label: 'Tên gọi', type: 'text' },
    { key: 'address', label: 'Địa chỉ', type: 'text', required: true },
    { key: 'lat', label: 'Vĩ độ', type: 'decimal' },
    { key: 'lon', label: 'Kinh độ', type: 'decimal' },
    { key: 'found_date', label: 'Ngày phát hiện', type: 'date', required: true },
    { key: 'note', label: 'Ghi chú', type: 'text' },
  ],
};

/** The registries listed by the one Registry component, in page order. */
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
        createOnly: true,
        datedStatus: true,
      },
      { key: 'status_date', label: 'Ngày có hiệu lực của tình trạng', type: 'date', createOnly: true },
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
      { key: 'case_id', label: 'Vụ án', type: 'case', listed: true },
      { key: 'residence_commune_code', label: 'Xã, phường nơi cư trú', type: 'commune', listed: true },
      { key: 'person_id', label: 'Người trong hồ sơ quản lý', type: 'person', listed: true },
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
