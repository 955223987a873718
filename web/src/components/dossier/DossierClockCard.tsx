import { Collapse, Tag, Typography } from 'antd';
import { DateTime } from '../DateTime';
import { formatDate } from '../../lib/datetime';
import { useApi } from '../../lib/use-api';
import { ProblemAlert } from '../ProblemAlert';
import { dossierApi, type Dossier, type DossierEvent, type ProcedureVersion } from './dossier-api';
import {
  CLASSIFICATION_COLOURS,
  CLASSIFICATION_LABELS,
  SKIPPED_DAY_LABELS,
  START_ADJUSTMENT_LABELS,
} from './dossier-labels';

interface Pause {
  kind: 'Chờ bổ sung hồ sơ' | 'Chờ thực hiện nghĩa vụ tài chính';
  from: string;
  to: string | null;
  reason: string | null;
}

// Stops and pauses of the clock, read from the control sheet: a supplement request stops it
// (the full time limit restarts on re-submission, Decree 61/2018 art. 19.4), a financial
// obligation pauses it (it resumes with the time that was left).
export function findPauses(events: readonly DossierEvent[]): Pause[] {
  const pauses: Pause[] = [];
  let open: Pause | null = null;
  for (const event of events) {
    if (event.action === 'REQUEST_SUPPLEMENT' || event.action === 'AWAIT_FINANCIAL_OBLIGATION') {
      open = {
        kind:
          event.action === 'REQUEST_SUPPLEMENT' ? 'Chờ bổ sung hồ sơ' : 'Chờ thực hiện nghĩa vụ tài chính',
        from: event.at,
        to: null,
        reason: event.note,
      };
      pauses.push(open);
    } else if (
      open &&
      ['RECEIVE_SUPPLEMENT', 'FINANCIAL_OBLIGATION_MET', 'WITHDRAW', 'STOP'].includes(event.action)
    ) {
      open.to = event.at;
      open = null;
    }
  }
  return pauses;
}

// The dossier clock: received, legal deadline, appointment (moved once by an apology), the
// pauses with their reasons, and how the deadline was counted, as the calendar API explains it.
export function DossierClockCard({
  dossier,
  version,
}: {
  dossier: Dossier;
  version: ProcedureVersion | null;
}) {
  const pauses = findPauses(dossier.history);
  const apology = [...dossier.history].reverse().find((event) => event.action === 'ISSUE_APOLOGY');
  return (
    <>
      <dl className="facts">
        <dt>Nộp hồ sơ</dt>
        <dd>
          <DateTime value={dossier.submittedAt} />
        </dd>
        <dt>Tiếp nhận</dt>
        <dd>
          <DateTime value={dossier.receivedAt} />
        </dd>
        <dt>Hạn giải quyết</dt>
        <dd>
          <DateTime value={dossier.dueAt} />
        </dd>
        <dt>Hẹn trả kết quả</dt>
        <dd>
          <DateTime value={dossier.appointmentAt} />
          {apology ? <Tag style={{ marginLeft: 8 }}>Đã hẹn lại (Mẫu 04)</Tag> : null}
        </dd>
        {dossier.resolvedAt ? (
          <>
            <dt>Có kết quả</dt>
            <dd>
              <DateTime value={dossier.resolvedAt} />{' '}
              {dossier.classification ? (
                <Tag color={CLASSIFICATION_COLOURS[dossier.classification]}>
                  {CLASSIFICATION_LABELS[dossier.classification]}
                </Tag>
              ) : null}
            </dd>
          </>
        ) : null}
        {dossier.supplementCount > 0 ? (
          <>
            <dt>Số lần yêu cầu bổ sung</dt>
            <dd>{dossier.supplementCount}</dd>
          </>
        ) : null}
      </dl>
      {pauses.length > 0 ? (
        <>
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
            Thời gian tạm dừng
          </Typography.Title>
          <ul className="document-list">
            {pauses.map((pause) => (
              <li key={pause.from}>
                {pause.kind}: <DateTime value={pause.from} /> –{' '}
                {pause.to ? <DateTime value={pause.to} /> : 'đang dừng'}
                {pause.reason ? (
                  <div className="muted" style={{ whiteSpace: 'pre-line' }}>
                    Lý do: {pause.reason}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {dossier.receivedAt && dossier.dueAt && version ? (
        <DeadlineExplanation
          dossier={dossier}
          version={version}
          restarted={pauses.some((pause) => pause.kind === 'Chờ bổ sung hồ sơ' && pause.to)}
        />
      ) : null}
    </>
  );
}

// The calendar API's account of the deadline, for the time limit of the pinned version that
// gives the dossier's dueAt (each implementation level has its own limit).
function DeadlineExplanation({
  dossier,
  version,
  restarted,
}: {
  dossier: Dossier;
  version: ProcedureVersion;
  restarted: boolean;
}) {
  const explained = useApi(async () => {
    const limits = new Map(
      version.implementations.map((implementation) => [
        `${implementation.timeLimit.amount} ${implementation.timeLimit.unit}`,
        implementation.timeLimit,
      ]),
    );
    let first = null;
    for (const limit of limits.values()) {
      const deadline = await dossierApi.deadline({
        start: dossier.receivedAt!,
        amount: limit.amount,
        unit: limit.unit,
        agencyId: dossier.receivingAgencyId,
        online: dossier.channel === 'ONLINE',
      });
      const found = { deadline, text: limit.text };
      first ??= found;
      if (Date.parse(deadline.dueAt) === Date.parse(dossier.dueAt!)) {
        return { ...found, matches: true };
      }
    }
    return first ? { ...first, matches: false } : null;
  }, [dossier.id, dossier.receivedAt, dossier.dueAt]);

  if (explained.problem) {
    return <ProblemAlert problem={explained.problem} />;
  }
  const result = explained.data;
  if (!result) {
    return explained.loading ? (
      <Typography.Text type="secondary">Đang tính lại cách tính hạn…</Typography.Text>
    ) : null;
  }
  const { explanation } = result.deadline;
  return (
    <Collapse
      size="small"
      style={{ marginTop: 12 }}
      items={[
        {
          key: 'explanation',
          label: `Cách tính hạn: ${result.text}${result.deadline.provisional ? ' (có ngày nghỉ tạm tính)' : ''}`,
          children: (
            <>
              {!result.matches ? (
                <p className="muted">
                  {restarted
                    ? 'Thời hạn đã tính lại từ khi nhận đủ hồ sơ bổ sung; dưới đây là cách tính từ lần tiếp nhận đầu.'
                    : 'Hạn của hồ sơ đã được điều chỉnh (tạm dừng hoặc lịch làm việc thay đổi); dưới đây là cách tính ban đầu.'}
                </p>
              ) : null}
              <p style={{ marginTop: 0 }}>{explanation.rule}</p>
              <p>
                Bắt đầu tính: <DateTime value={result.deadline.effectiveStart} />.{' '}
                {START_ADJUSTMENT_LABELS[explanation.startAdjustment]}
              </p>
              <p>
                Số ngày làm việc được tính: {explanation.countedDays.length}. Hạn:{' '}
                <DateTime value={result.deadline.dueAt} />.
              </p>
              {explanation.skippedDays.length > 0 ? (
                <>
                  <p style={{ marginBottom: 4 }}>Những ngày không tính:</p>
                  <ul className="document-list">
                    {explanation.skippedDays.map((day) => (
                      <li key={day.date + day.reason}>
                        {formatDate(day.date)}: {SKIPPED_DAY_LABELS[day.reason]}
                        {day.name ? ` – ${day.name}` : ''}
                        {day.provisional ? ' (tạm tính)' : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
