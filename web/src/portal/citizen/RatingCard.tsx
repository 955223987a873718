import { Alert, Button, Form, Input, Radio, Skeleton, Typography } from 'antd';
import { useId } from 'react';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { type Evaluation, type EvaluationIndex, type EvaluationScores, myDossiersApi } from './citizen-api';

type IndexCode = keyof EvaluationScores;
type RatingForm = Partial<Record<IndexCode, 0 | 1 | 2>> & { comment?: string };

const SCORES = [2, 1, 0] as const;

// The citizen's rating of a returned dossier (Decree 61/2018 art. 27–32, Circular 01/2018
// art. 12): the nine indices as the API publishes them, each 2, 1 or 0 with its meaning; once
// sent it is shown, never asked again.
export function RatingCard({
  dossierId,
  evaluation,
  onRated,
}: {
  dossierId: string;
  evaluation: Evaluation | null;
  onRated: () => void;
}) {
  return (
    <section className="panel" aria-labelledby="danh-gia">
      <Typography.Title level={2} id="danh-gia" style={{ fontSize: 18 }}>
        Đánh giá việc giải quyết hồ sơ
      </Typography.Title>
      {evaluation ? (
        <RatingSummary evaluation={evaluation} />
      ) : (
        <RatingForm dossierId={dossierId} onRated={onRated} />
      )}
    </section>
  );
}

function RatingForm({ dossierId, onRated }: { dossierId: string; onRated: () => void }) {
  const [form] = Form.useForm<RatingForm>();
  const indices = useApi(() => myDossiersApi.evaluationIndices(), []);
  const { busy, problem, run } = useSubmission();

  const submit = async ({ comment, ...scores }: RatingForm) => {
    await run(
      async () => {
        await myDossiersApi.rate(dossierId, scores as EvaluationScores, comment?.trim() || undefined);
        onRated();
      },
      (failure) => {
        // The server names a score as scores.<code>; put it on that index.
        const onFields = failure.fieldErrors.filter((item) => item.field.startsWith('scores.'));
        form.setFields(
          onFields.map((item) => ({
            name: item.field.slice('scores.'.length) as IndexCode,
            errors: [item.message],
          })),
        );
        return onFields.length > 0 && onFields.length === failure.fieldErrors.length;
      },
    );
  };

  if (indices.loading) {
    return <Skeleton active paragraph={{ rows: 6 }} aria-label="Đang tải bộ chỉ số đánh giá" />;
  }
  if (!indices.data) {
    return <ProblemAlert problem={indices.problem} />;
  }
  return (
    <Form<RatingForm> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
      <Typography.Paragraph className="muted">
        Chọn một mức cho mỗi chỉ số: 2 điểm là tốt nhất, 0 điểm là chưa đạt.
      </Typography.Paragraph>
      {indices.data.map((index) => (
        <IndexQuestion key={index.code} index={index} />
      ))}
      <Form.Item name="comment" label="Ý kiến khác (không bắt buộc)">
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <ProblemAlert problem={problem} />
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
        Gửi đánh giá
      </Button>
    </Form>
  );
}

function IndexQuestion({ index }: { index: EvaluationIndex }) {
  const meanings = index.meanings as unknown as Record<string, string>;
  return (
    <Form.Item
      name={index.code}
      rules={[{ required: true, message: 'Chọn một mức cho chỉ số này' }]}
      style={{ marginBottom: 8 }}
    >
      <RadioQuestion legend={`${index.number}. ${index.label}`} meanings={meanings} />
    </Form.Item>
  );
}

// A fieldset with a legend: screen readers read the index before its three choices.
function RadioQuestion({
  legend,
  meanings,
  value,
  onChange,
}: {
  legend: string;
  meanings: Record<string, string>;
  value?: number;
  onChange?: (value: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="rating-index">
      <legend>{legend}</legend>
      <Radio.Group name={name} value={value} onChange={(event) => onChange?.(event.target.value as number)}>
        {SCORES.map((score) => (
          <Radio key={score} value={score}>
            <strong>{score} điểm:</strong> {meanings[String(score)]}
          </Radio>
        ))}
      </Radio.Group>
    </fieldset>
  );
}

function RatingSummary({ evaluation }: { evaluation: Evaluation }) {
  return (
    <>
      <Alert
        type="success"
        showIcon
        role="status"
        title={`Bạn đã đánh giá: ${evaluation.totalScore}/${evaluation.maxScore} điểm`}
        description={
          <>
            Gửi lúc <DateTime value={evaluation.recordedAt} />. Cảm ơn ý kiến của bạn.
          </>
        }
      />
      <ol className="rating-summary" style={{ marginTop: 12 }}>
        {evaluation.items.map((item) => (
          <li key={item.code}>
            {item.label}: <strong>{item.score} điểm</strong>
            <div className="muted">{item.meaning}</div>
          </li>
        ))}
      </ol>
      {evaluation.comment ? (
        <Typography.Paragraph style={{ marginTop: 12 }}>Ý kiến: {evaluation.comment}</Typography.Paragraph>
      ) : null}
    </>
  );
}
