// Table cells the people pages share: a person with their (possibly masked) number, and the rule a
// deadline comes from with the rule pack in force.
import { Link } from 'react-router';
import { PACK_LABELS, label } from './labels';

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

export function RuleSource({ source, pack, confirmed }: { source: string; pack: string | null; confirmed: boolean }) {
  return (
    <span className="stack source-cell">
      <span className="small-text">{source}</span>
      <span className="muted small-text">
        Áp dụng: <PackName pack={pack} />
        {!confirmed && ' · chưa được xác nhận chính thức'}
      </span>
    </span>
  );
}
