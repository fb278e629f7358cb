// "Quy định thời hạn": the rule packs the deadlines come from (Law 73/2021 and its decrees until
// 30/6/2026, Law 120/2025 from 1/7/2026), every value with its article. Values the law's texts do
// not give yet are marked "chưa có quy định"; an admin enters them once the implementing text is
// published, and every person with an episode under that pack is recomputed by a job on the
// server, whose progress shows here (its id in the URL) until it ends.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import type { Job, JobStarted } from '../../api/jobs';
import { listRulePacks, setRuleParam, type RuleChange, type RulePack, type RuleParam } from '../../api/people';
import { Alert } from '../../components/Alert';
import { JobProgress, useJobParam } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDateTime, formatNumber } from '../../lib/format';
import { canPeople } from '../../lib/access/people';
import { UNIT_LABELS, citation, formatDate, label } from './labels';
import { ruleParamLabel } from './ruleParamLabels';

function valueText(p: RuleParam): string {
  if (p.value === null) return p.unknown ? 'Chưa có quy định' : 'Xem căn cứ';
  return `${p.value.toLocaleString('vi-VN')} ${label(UNIT_LABELS, p.unit)}`;
}

interface EditorProps {
  pack: string;
  param: RuleParam;
  onStarted(jobId: number): void;
  onCancel(): void;
}

function ValueEditor({ pack, param, onStarted, onCancel }: EditorProps) {
  const [value, setValue] = useState(param.value === null ? '' : String(param.value));
  const [source, setSource] = useState(param.override?.source ?? '');
  const { busy, error, setError, run } = useSubmit();
  const id = `rule-${pack}-${param.name}`.replace(/[^\w-]/g, '-');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '' || Number.isNaN(Number(value))) {
      setError({ message: 'Giá trị phải là một số.', field: 'value' });
      return;
    }
    if (!source.trim()) {
      setError({ message: 'Vui lòng ghi văn bản, điều khoản quy định giá trị này.', field: 'source' });
      return;
    }
    let started: JobStarted | undefined;
    const ok = await run(async () => {
      started = await setRuleParam(pack, param.name, { value: Number(value), source: source.trim() });
    });
    if (ok && started) onStarted(started.job_id);
  }

  return (
    <form className="rule-editor" onSubmit={onSubmit} noValidate aria-label={`Cập nhật: ${ruleParamLabel(param.name)}`}>
      <div className="field">
        <label htmlFor={`${id}-value`}>Giá trị ({label(UNIT_LABELS, param.unit)})</label>
        <input
          id={`${id}-value`}
          autoFocus
          type="number"
          min={0}
          step="any"
          value={value}
          aria-invalid={error.field === 'value' || undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Căn cứ (văn bản, điều khoản)</label>
        <input
          id={`${id}-source`}
          value={source}
          aria-invalid={error.field === 'source' || undefined}
          onChange={(e) => setSource(e.target.value)}
        />
      </div>
      <Alert>{error.message}</Alert>
      <div className="buttons">
        <button type="submit" className="button primary small" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu giá trị'}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}

export function RulePacks() {
  const user = useUser();
  const packs = useLoad(() => listRulePacks(), 'rule-packs');
  const [unknownOnly, setUnknownOnly] = useState(false);
  const [change, setChange] = useState<RuleChange | null>(null);
  const [failure, setFailure] = useState('');
  const [jobId, setJobId] = useJobParam();
  const [editing, setEditing] = useState('');
  const admin = canPeople.setRuleValues(user);

  function columns(pack: RulePack): Column<RuleParam>[] {
    return [
      {
        label: 'Tham số',
        render: (p) => (
          <span className="stack">
            <span>{ruleParamLabel(p.name)}</span>
            {admin && <code className="param-name muted small-text">{p.name}</code>}
          </span>
        ),
      },
      {
        label: 'Giá trị',
        render: (p) =>
          p.value === null && p.unknown ? <span className="tag tag-warn">Chưa có quy định</span> : valueText(p),
      },
      {
        label: 'Căn cứ',
        render: (p) => (
          <span className="stack source-cell">
            <span>{citation(p.overridden && p.override ? p.override.source : p.source, admin)}</span>
            {admin && !p.confirmed && <span className="muted small-text">Nguồn chưa được xác nhận chính thức</span>}
            {p.overridden && p.override && (
              <span className="muted small-text">
                Cập nhật bởi {p.override.by} lúc {formatDateTime(p.override.at)}
              </span>
            )}
          </span>
        ),
      },
      ...(admin
        ? [
            {
              label: 'Cập nhật',
              render: (p: RuleParam) => {
                if (!p.unknown && !p.overridden) return '';
                const key = `${pack.id}|${p.name}`;
                if (editing !== key) {
                  return (
                    <button
                      type="button"
                      className="button secondary small"
                      aria-label={`${p.value === null ? 'Nhập giá trị' : 'Sửa giá trị'}: ${ruleParamLabel(p.name)}`}
                      onClick={() => setEditing(key)}
                    >
                      {p.value === null ? 'Nhập giá trị' : 'Sửa giá trị'}
                    </button>
                  );
                }
                return (
                  <ValueEditor
                    pack={pack.id}
                    param={p}
                    onCancel={() => setEditing('')}
                    onStarted={(id) => {
                      setChange(null);
                      setFailure('');
                      setEditing('');
                      setJobId(id);
                      packs.reload();
                    }}
                  />
                );
              },
            },
          ]
        : []),
    ];
  }

  function onRecomputed(job: Job<RuleChange>) {
    setJobId(null);
    if (job.state === 'done' && job.result) setChange(job.result);
    else setFailure(job.error?.message ?? 'Chưa tính lại được thời hạn.');
  }

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/doi-tuong">Đối tượng</Link> › Quy định thời hạn
      </p>
      <PageHeader title="Quy định về thời hạn" />
      <p className="lead plan-lead">
        Mỗi giai đoạn quản lý dùng văn bản có hiệu lực vào ngày bắt đầu giai đoạn. Giá trị chưa có trong văn bản hướng dẫn được
        ghi “chưa có quy định”: hệ thống không tự đoán thời hạn{admin ? '; quản trị viên nhập giá trị khi văn bản được ban hành.' : '.'}
      </p>
      {jobId !== null && (
        <JobProgress<RuleChange> id={jobId} title="Đang tính lại thời hạn theo giá trị mới" onEnded={onRecomputed} />
      )}
      <Alert>{failure}</Alert>
      {change && (
        <Alert kind="success">
          Đã cập nhật giá trị; đã tính lại thời hạn của {formatNumber(change.recomputed)} đối tượng, trong đó{' '}
          {formatNumber(change.changed)} đối tượng có thời hạn hoặc tình trạng thay đổi.
          {change.now_refused.length > 0 && (
            <>
              {' '}
              Diễn biến của {formatNumber(change.now_refused.length)} đối tượng không còn phù hợp với giá trị mới, cần kiểm tra:{' '}
              {change.now_refused.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <Link to={`/doi-tuong/${id}`}>hồ sơ {id}</Link>
                </span>
              ))}
              .
            </>
          )}
        </Alert>
      )}
      <label className="check">
        <input type="checkbox" checked={unknownOnly} onChange={(e) => setUnknownOnly(e.target.checked)} />
        Chỉ hiện các giá trị chưa có quy định
      </label>
      <Alert>{packs.error}</Alert>
      {(packs.data?.items ?? []).map((pack) => {
        const params = unknownOnly ? pack.params.filter((p) => p.unknown && p.value === null) : pack.params;
        return (
          <section key={pack.id} aria-labelledby={`pack-${pack.id}`} className="rule-pack">
            <h2 id={`pack-${pack.id}`}>{pack.title}</h2>
            <p className="muted">
              Hiệu lực từ {formatDate(pack.effective_from)}
              {pack.effective_to ? ` đến ${formatDate(pack.effective_to)}` : ''} ·{' '}
              {formatNumber(pack.params.filter((p) => p.unknown && p.value === null).length)} giá trị chưa có quy định
            </p>
            <Table
              caption={pack.title}
              columns={columns(pack)}
              rows={params}
              rowKey={(p) => p.name}
              empty="Mọi giá trị đều đã có quy định."
              loading={packs.loading}
            />
          </section>
        );
      })}
    </section>
  );
}
