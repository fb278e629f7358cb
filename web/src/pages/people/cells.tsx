// Table cells the people pages share: a person with their (possibly masked) number, and the rule a
// deadline comes from with the rule pack in force.
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { canPeople } from '../../lib/access/people';
import { PACK_LABELS, citation, label } from './labels';

export function PackName({ pack }: { pack: string | null }) {
  return <>{pack ? label(PACK_LABELS, pack) : 'Không có văn bản áp dụng'}</>;
}

export function PersonCell({ id, name, personalId }: { id: number; name: string; personalId: string }) {
  return (
    <span className="stack">
      <Link to={`/doi-tuong/${id}`}>{name}</Link>
      <span className="muted small-text id-number">{personalId}</span>
    </span>
  );
}

/** The rule a deadline comes from; that its source is unconfirmed is said to administrators only. */
export function RuleSource({ source, pack, confirmed }: { source: string; pack: string | null; confirmed: boolean }) {
  const admin = canPeople.setRuleValues(useUser());
  return (
    <span className="stack source-cell">
      <span className="small-text">{citation(source, admin)}</span>
      <span className="muted small-text">
        Áp dụng: <PackName pack={pack} />
        {admin && !confirmed && ' · chưa được xác nhận chính thức'}
      </span>
    </span>
  );
}
