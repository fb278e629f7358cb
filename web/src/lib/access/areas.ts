import type { User } from '../../api/types';

/** Who may write in the areas module, step by step (the server checks the same roles). */
export const canAreas = {
  propose: (u: User) => u.role === 'commune' || u.role === 'standing_office' || u.role === 'admin',
  review: (u: User) => u.role === 'standing_office' || u.role === 'admin',
  decide: (u: User) => u.role === 'leader' || u.role === 'admin',
  /** Points, cases, offenders, wanted persons, plant finds: record, correct, delete. */
  editRegistries: (u: User) => u.role === 'commune' || u.role === 'standing_office' || u.role === 'admin',
  editRoutes: (u: User) => u.role === 'standing_office' || u.role === 'admin',
  setTarget: (u: User) => u.role === 'leader' || u.role === 'standing_office' || u.role === 'admin',
};
