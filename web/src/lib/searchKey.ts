/** Lower-case, no diacritics, đ→d: the search key the server uses too. */
export function searchKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
