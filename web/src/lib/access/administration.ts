// What each role may do in the system's own pages: communes and their population, users, the audit
// trail. Here it only decides which pages and buttons to show.
import type { User } from '../../api/types';

/** What each role may open in the UI; the server enforces the same rules. */
export const can = {
  editCommunes: (u: User) => u.role === 'admin' || u.role === 'standing_office',
  editCommune: (u: User, code: string) =>
    can.editCommunes(u) || (u.role === 'commune' && u.scope.kind === 'commune' && u.scope.id === code),
  importPopulation: (u: User) => can.editCommunes(u),
  manageUsers: (u: User) => u.role === 'admin',
  readAudit: (u: User) => u.role === 'admin' || u.role === 'auditor',
};
