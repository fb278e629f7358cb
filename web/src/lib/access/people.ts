// What each role may do in the people registry (the server enforces the same; see
// src/app/people/access.hpp). Here it only decides which pages, buttons and forms to show.
import type { User } from '../../api/types';

const provinceOfficer = (u: User) => u.role === 'admin' || u.role === 'standing_office';

export const canPeople = {
  /** Everyone but the auditor (an agency sees the people of the facility it runs). */
  read: (u: User) => u.role !== 'auditor',
  register: (u: User) => provinceOfficer(u) || u.role === 'commune',
  recordEvents: (u: User) => provinceOfficer(u) || u.role === 'commune' || u.role === 'agency',
  merge: provinceOfficer,
  manageFacilities: provinceOfficer,
  setRuleValues: (u: User) => u.role === 'admin',
  /** Exports with the personal IDs in full (to re-import a list, or match it with the population database);
   *  commune users see them in full anyway. */
  exportFullIds: provinceOfficer,
  /** Personal IDs in full in lists and on paper: the commune keeping the dossier (the server masks lists for
   *  everyone else, and a printed record is masked the same way). */
  seeFullIds: (u: User) => u.role === 'commune',
  /** A commune user works in its own commune; everyone else picks one (or the whole province). */
  pickCommune: (u: User) => u.scope.kind !== 'commune',
};
