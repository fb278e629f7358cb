// What each role may do in the plans module (the server enforces the same; see docs/permissions.md
// and src/app/plans/access.hpp). Here it only decides which buttons and pages to show.
import type { User } from '../../api/types';
import type { PlanSummary } from '../../api/plans';

const provinceOfficer = (u: User) => u.role === 'admin' || u.role === 'standing_office';
const provinceRole = (u: User) => provinceOfficer(u) || u.role === 'leader' || u.role === 'auditor';

/** The agency id of an agency-scoped user. */
export function userAgencyId(u: User): number | null {
  return u.scope.kind === 'agency' ? Number(u.scope.id) : null;
}

function owns(u: User, plan: PlanSummary): boolean {
  return !!plan.owner && plan.owner.kind === u.scope.kind && plan.owner.id === u.scope.id;
}

export const canPlans = {
  /** Upload and save a plan: the province's officers, or an agency / commune for its own implementing plan. */
  importPlan: (u: User) => provinceOfficer(u) || u.role === 'agency' || u.role === 'commune',
  /** Implementing plans are saved as their owner's own. */
  importsOwnPlan: (u: User) => !provinceOfficer(u),
  /** Correct tasks, link plans, review reports. */
  manage: (u: User, plan: PlanSummary) => provinceOfficer(u) || owns(u, plan),
  /** Tracking figures, ranking and the consolidated report. */
  oversee: (u: User, plan: PlanSummary) => provinceRole(u) || owns(u, plan),
  /** The figures of every plan of the province together. */
  overseeProvince: provinceRole,
  reviewReports: provinceOfficer,
  myTasks: (u: User) => u.scope.kind === 'agency',
};
