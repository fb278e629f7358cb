// One person's record (read with a reason, audited): identity, the current legal state and the
// regimes in force, obligations, every computed deadline, the lifecycle timeline, and the form to
// record the next event.
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useUser } from '../../auth';
import { ApiError } from '../../api/client';
import { getPerson, listFacilities } from '../../api/people';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/hooks';
import { NotFound } from '../NotFound';
import { canPeople } from '../../lib/access/people';
import { PackName } from './cells';
import { DeadlineTable } from './DeadlineTable';
import { EditPerson } from './EditPerson';
import { EventForm } from './EventForm';
import { LIST_LABELS, SEX_LABELS, formatDate, label, maskPersonalId } from './labels';
import { MergePanel } from './MergePanel';
import { photoSource } from './PhotoField';
import { useReason } from './reason';
import { useReference } from './reference';
import { Timeline } from './Timeline';
import { withTimeline } from './timelineAfterChange';

const PURPOSE = 'Xem hồ sơ đối tượng cần nêu lý do.';

export function PersonRecord() {
  const { id = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const registered = (location.state as { registered?: boolean } | null)?.registered;
  const { reason, ensure } = useReason();
  const reference = useReference();
  const [recorded, setRecorded] = useState('');
  const [merged, setMerged] = useState('');
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState(false);
  const suggestion = registered ? 'Đăng ký, lập hồ sơ đối tượng' : undefined;

  useEffect(() => {
    if (!reason) void ensure(PURPOSE, suggestion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- asks once per missing reason; `ensure` is a new function on every render
  }, [reason]);

  const loaded = useLoad(
    () => (reason ? getPerson(id, reason) : Promise.resolve(undefined)),
    `${id}|${reason}`,
  );
  const facilities = useLoad(() => listFacilities(), 'facilities');
  const person = loaded.data;

  if (!reason) {
    return (
      <section>
        <PageHeader title="Hồ sơ đối tượng" print={false} />
        <p className="notice">Cần nêu lý do trước khi xem hồ sơ; lý do được ghi vào nhật ký.</p>
        <button type="button" className="button primary" onClick={() => void ensure(PURPOSE, suggestion)}>
          Nêu lý do
        </button>
      </section>
    );
  }
  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Đối tượng" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!person || String(person.id) !== id) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }

  const life = person.lifecycle;
  const openEpisodes = (life?.episodes ?? []).filter((e) => !e.end);
  const eventTypes = reference.data?.event_types ?? [];
  const facilityList = facilities.data?.items ?? [];

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/doi-tuong">Đối tượng</Link> › {person.full_name}
      </p>
      <PageHeader title={person.full_name} />
      {registered && <Alert kind="success">Đã đăng ký đối tượng.</Alert>}
      {edited && <Alert kind="success">Đã lưu thông tin đối tượng.</Alert>}
      <div className="person-head">
        {person.photo && <img className="person-photo" src={photoSource(person.photo)} alt={`Ảnh của ${person.full_name}`} />}
        <dl className="facts person-facts">
          <div>
            <dt>Số định danh cá nhân</dt>
            {/* On screen the record shows the number to whoever may open it (the read is audited); on paper it is
                masked like the lists, except for the commune keeping the dossier. */}
            <dd className="id-number">
              {canPeople.seeFullIds(user) ? (
                person.personal_id
              ) : (
                <>
                  <span className="screen-only">{person.personal_id}</span>
                  <span className="print-only">{maskPersonalId(person.personal_id)}</span>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Ngày sinh</dt>
            <dd>{formatDate(person.birth_date)}</dd>
          </div>
          <div>
            <dt>Giới tính</dt>
            <dd>{label(SEX_LABELS, person.sex)}</dd>
          </div>
          {person.aliases.length > 0 && (
            <div>
              <dt>Tên gọi khác</dt>
              <dd>{person.aliases.join(', ')}</dd>
            </div>
          )}
          <div>
            <dt>Nơi cư trú</dt>
            <dd>
              {[person.address, person.commune_name, person.province_name].filter(Boolean).join(', ')}
              <span className="muted"> ({person.stable_residence ? 'ổn định' : 'không ổn định'})</span>
            </dd>
          </div>
          <div>
            <dt>Loại ma túy sử dụng</dt>
            <dd>{person.drug_types.length ? person.drug_types.map((d) => d.label).join(', ') : 'Chưa ghi nhận'}</dd>
          </div>
          {person.facility_name && (
            <div>
              <dt>Đang ở cơ sở</dt>
              <dd>{person.facility_name}</dd>
            </div>
          )}
        </dl>
      </div>
      {canPeople.register(user) &&
        (editing ? (
          <EditPerson
            person={person}
            onSaved={() => {
              setEditing(false);
              setEdited(true);
              loaded.reload();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setEdited(false);
                setEditing(true);
              }}
            >
              Sửa thông tin
            </button>
          </p>
        ))}

      <section aria-labelledby="state-title" className="panel state-panel">
        <h2 id="state-title">Tình trạng pháp lý hiện tại</h2>
        <p className="state-now">{life?.state_label ?? person.state_label}</p>
        {person.lists.length > 0 && (
          <p>
            Thuộc danh sách:{' '}
            {person.lists.map((l) => (
              <span key={l} className="tag tag-wait list-tag">
                {label(LIST_LABELS, l)}
              </span>
            ))}
          </p>
        )}
        {openEpisodes.length > 0 && (
          <ul className="plain-list">
            {openEpisodes.map((e) => (
              <li key={e.id}>
                <strong>{e.label}</strong> — từ {formatDate(e.start)}, áp dụng <PackName pack={e.pack} />
              </li>
            ))}
          </ul>
        )}
        {person.lifecycle_error && (
          <Alert>Không tính lại được diễn biến từ các sự kiện đã ghi: {person.lifecycle_error}</Alert>
        )}
      </section>

      {life && life.obligations.length > 0 && (
        <section aria-labelledby="obligations-title">
          <h2 id="obligations-title">Việc phải làm chưa có thời hạn cụ thể</h2>
          <ul className="obligations">
            {life.obligations.map((o, i) => (
              <li key={`${o.code}-${i}`}>
                <p>{o.message}</p>
                <p className="muted small-text">
                  Từ ngày {formatDate(o.date)}
                  {o.source && ` · ${o.source}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}


      <div className="record-grid">
        <section aria-labelledby="timeline-title" className="record-timeline">
          <h2 id="timeline-title">Diễn biến</h2>
          <Timeline
            personId={person.id}
            events={person.events}
            episodes={life?.episodes ?? []}
            eventTypes={eventTypes}
            facilities={facilityList}
            canWithdraw={canPeople.recordEvents(user)}
            onChanged={(change) => loaded.replace(withTimeline(person, change))}
          />
        </section>
        {canPeople.recordEvents(user) && reference.data && (
          <section className="panel record-event" aria-label="Ghi nhận sự kiện">
            {recorded && <Alert kind="success">Đã ghi nhận: {recorded}.</Alert>}
            <EventForm
              key={person.events.length}
              person={person}
              eventTypes={eventTypes}
              facilities={facilityList}
              onRecorded={(name, change) => {
                setRecorded(name);
                loaded.replace(withTimeline(person, change));
              }}
            />
          </section>
        )}
      </div>

      <section aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">Thời hạn</h2>
        {life && <DeadlineTable deadlines={life.deadlines} episodes={life.episodes} />}
      </section>

      {canPeople.merge(user) && (
        <div className="merge">
          {merged && <Alert kind="success">Đã gộp hồ sơ {merged} vào hồ sơ này.</Alert>}
          <MergePanel
            personId={person.id}
            onMerged={(name) => {
              setMerged(name);
              loaded.reload();
            }}
          />
        </div>
      )}
    </section>
  );
}
