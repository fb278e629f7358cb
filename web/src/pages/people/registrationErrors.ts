// Every problem of the registration form at once, checked in the browser before sending, so a person fixes
// them in one go. The server checks the same (src/app/people/person_fields.cpp) and stops at its first
// problem; its messages and limits are repeated here so both say the same thing.

export type RegistrationField = 'personal_id' | 'full_name' | 'aliases' | 'birth_date' | 'sex' | 'commune_code' | 'address';

export interface RegistrationValues {
  /** Spaces removed. */
  personal_id: string;
  full_name: string;
  aliases: string[];
  birth_date: string;
  sex: string;
  commune_code: string;
  address: string;
}

const MAX_NAME = 200;
const MAX_ALIASES = 10;
const MAX_ADDRESS = 500;

/** The problems of `v` by field, in the order of the form; `today` is YYYY-MM-DD. */
export function registrationErrors(v: RegistrationValues, today: string): Partial<Record<RegistrationField, string>> {
  const errors: Partial<Record<RegistrationField, string>> = {};
  if (!v.personal_id) errors.personal_id = 'Thiếu số định danh cá nhân';
  else if (!/^\d{12}$/.test(v.personal_id)) errors.personal_id = 'Số định danh cá nhân phải gồm đúng 12 chữ số';
  const name = v.full_name.trim();
  if (!name) errors.full_name = 'Thiếu họ tên';
  else if ([...name].length > MAX_NAME) errors.full_name = `Họ tên phải có từ 1 đến ${MAX_NAME} ký tự`;
  if (v.aliases.length > MAX_ALIASES) errors.aliases = `Tối đa ${MAX_ALIASES} tên gọi khác`;
  if (!v.birth_date) errors.birth_date = 'Thiếu ngày sinh';
  else if (v.birth_date > today) errors.birth_date = 'Ngày sinh không được sau hôm nay';
  if (!v.sex) errors.sex = 'Thiếu giới tính';
  if (!v.commune_code) errors.commune_code = 'Thiếu xã, phường nơi cư trú';
  if ([...v.address.trim()].length > MAX_ADDRESS) errors.address = `Địa chỉ tối đa ${MAX_ADDRESS} ký tự`;
  return errors;
}
