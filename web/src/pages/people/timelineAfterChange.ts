// The record page after an event is recorded or withdrawn: the answer of that write carries the new
// lifecycle, events and facility, so the page updates itself instead of reading (and auditing) the
// whole record again.
import type { PersonRecord, TimelineAfterChange } from '../../api/people';

export function withTimeline(person: PersonRecord, change: TimelineAfterChange): PersonRecord {
  const { facility_id, ...lifecycle } = change.lifecycle;
  return {
    ...person,
    state: lifecycle.state,
    state_label: lifecycle.state_label,
    lists: lifecycle.lists,
    facility_id,
    facility_name: change.facility_name,
    events: change.events,
    lifecycle,
    // The events replayed: the write would have been refused otherwise.
    lifecycle_error: null,
  };
}
