// Generated people lists (CSV) for import tests: valid IDs (men born in 1990, birth registered in
// Nghệ An), birth dates spread over the year and names that differ, since the import compares
// rows of one birth date and commune pairwise for possible duplicates.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Công', 'Đình', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Long', 'Mạnh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm',
  'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Yên', 'Bảo', 'Chiến', 'Đạt', 'Hiếu', 'Kiên', 'Lâm', 'Lộc', 'Nghĩa', 'Phúc', 'Toàn'];

export const id1990 = (serial: number) => `040090${String(serial).padStart(6, '0')}`;

const nameOf = (i: number) =>
  `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / 16) % MIDDLE.length]} ${GIVEN[Math.floor(i / 160) % GIVEN.length]}`;
const birthDay = (i: number) =>
  new Date(Date.UTC(1990, 0, 1 + (i % 365))).toISOString().slice(0, 10).split('-').reverse().join('/');

/** n people of `commune` with IDs from `first`; with a status, each row carries it from 01/03/2026. */
export function peopleList(commune: string, first: number, n: number, status?: string): string {
  let csv = `Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã${status ? ',Tình trạng,Ngày của tình trạng' : ''}\n`;
  for (let i = first; i < first + n; i++) {
    csv += `${id1990(i)},${nameOf(i)},${birthDay(i)},Nam,${commune}${status ? `,${status},01/03/2026` : ''}\n`;
  }
  return csv;
}
