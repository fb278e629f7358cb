import { Link } from 'react-router';
import { getCommuneClassification } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { useLoad } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { KEY_TYPE_LABELS, currentEvaluationYear } from '../areas/labels';
import { WorklistCard } from './WorklistCard';

const DRUG_FREE_TEXT = new Map<boolean | null, string>([
  [true, 'đạt tiêu chí xã không ma túy'],
  [false, 'chưa đạt tiêu chí xã không ma túy'],
  [null, 'chưa đủ dữ liệu để xét tiêu chí xã không ma túy'],
]);

/** A commune user's home: its own deadlines and its classification, not the province's figures. */
export function CommuneCards({ code }: { code: string }) {
  const year = currentEvaluationYear();
  const detail = useLoad(
    () => getCommuneClassification(code, year),
    `${code}|${year}`,
  );
  const commune = detail.data?.commune;
  return (
    <div className="cards">
      <WorklistCard />
      <div className="card" aria-labelledby="home-class-title" role="region">
        <h2 id="home-class-title">Phân loại năm {year}</h2>
        <Alert>{detail.error}</Alert>
        {commune && (
          <>
            <p className="stat">{KEY_TYPE_LABELS[commune.type]}</p>
            <p>
              {commune.name} {DRUG_FREE_TEXT.get(commune.drug_free)}
              {commune.facts.managed_users != null &&
                `; ${formatNumber(commune.facts.managed_users)} người sử dụng trái phép chất ma túy có hồ sơ quản lý`}
              .
            </p>
          </>
        )}
        <Link to={`/dia-ban/${code}?year=${year}`}>Xem phân loại và sổ theo dõi của xã</Link>
      </div>
    </div>
  );
}
