import { Alert, Button, Form, Input, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type ApiProblem, toApiProblem } from '../api/problem';
import { DateTime } from '../components/DateTime';
import { ProblemAlert } from '../components/ProblemAlert';
import { showFieldProblems } from '../components/problem-fields';
import { catalogApi, type Tracking } from './catalog-api';

interface TrackingForm {
  code: string;
  verifier: string;
}

// Public tracking by dossier code and the last 4 digits of the phone number on the receipt.
// The receipt's QR code opens /tra-cuu?code=<code>: the code is filled in, the citizen types
// the 4 digits (the QR never carries them). The verifier stays out of the address bar.
export function TrackingPage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<TrackingForm>();
  const code = params.get('code') ?? '';

  useEffect(() => {
    form.setFieldValue('code', code);
  }, [form, code]);

  const tracking = useTrackingLookup();

  const submit = async (values: TrackingForm) => {
    const trimmed = values.code.trim();
    if (trimmed !== code) {
      setParams({ code: trimmed }, { replace: true });
    }
    const problem = await tracking.run(trimmed, values.verifier);
    if (problem) {
      showFieldProblems(form, problem, ['verifier']);
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        Tra cứu tình trạng hồ sơ
      </Typography.Title>
      <div className="panel">
        <Form<TrackingForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark="optional"
        >
          <Form.Item
            name="code"
            label="Mã hồ sơ"
            extra="In trên giấy tiếp nhận và hẹn trả kết quả."
            rules={[{ required: true, whitespace: true, message: 'Nhập mã hồ sơ' }]}
          >
            <Input autoComplete="off" spellCheck={false} placeholder="Ví dụ: 000.00.00.H55-270305-0001" />
          </Form.Item>
          <Form.Item
            name="verifier"
            label="4 số cuối điện thoại"
            extra="Số điện thoại người nộp ghi trên giấy tiếp nhận."
            rules={[{ required: true, pattern: /^\d{4}$/, message: 'Nhập đúng 4 chữ số' }]}
          >
            <Input inputMode="numeric" autoComplete="off" maxLength={4} style={{ maxWidth: 160 }} />
          </Form.Item>
          <ProblemAlert problem={tracking.problem} className="tracking-problem" />
          <Button type="primary" htmlType="submit" loading={tracking.loading} style={{ marginTop: 12 }}>
            Tra cứu
          </Button>
        </Form>
      </div>
      {tracking.result ? <TrackingResult tracking={tracking.result} /> : null}
    </>
  );
}

interface TrackingState {
  loading: boolean;
  problem: ApiProblem | null;
  result: Tracking | null;
}

// A lookup is an action (a button press), not a read of the address: the verifier is typed.
function useTrackingLookup() {
  const [state, setState] = useState<TrackingState>({ loading: false, problem: null, result: null });
  const run = async (code: string, verifier: string): Promise<ApiProblem | null> => {
    setState({ loading: true, problem: null, result: null });
    try {
      const result = await catalogApi.trackDossier(code, verifier);
      setState({ loading: false, problem: null, result });
      return null;
    } catch (error) {
      const problem = toApiProblem(error);
      setState({ loading: false, problem, result: null });
      return problem;
    }
  };
  return { ...state, run };
}

function TrackingResult({ tracking }: { tracking: Tracking }) {
  return (
    <section className="panel" aria-labelledby="ket-qua-tra-cuu">
      <Typography.Title level={2} id="ket-qua-tra-cuu" style={{ fontSize: 18 }}>
        Hồ sơ {tracking.code}
      </Typography.Title>
      <div role="status" aria-live="polite">
        <Tag color={tracking.returnedAt ? 'green' : 'blue'} style={{ fontSize: 14, padding: '2px 8px' }}>
          {tracking.statusLabel}
        </Tag>
      </div>
      <dl className="facts" style={{ marginTop: 12 }}>
        <dt>Thủ tục</dt>
        <dd>{tracking.procedureName}</dd>
        <dt>Ngày tiếp nhận</dt>
        <dd>
          <DateTime value={tracking.receivedAt} />
        </dd>
        <dt>Ngày hẹn trả kết quả</dt>
        <dd>
          <DateTime value={tracking.appointmentAt} />
        </dd>
        {tracking.resolvedAt ? (
          <>
            <dt>Ngày có kết quả</dt>
            <dd>
              <DateTime value={tracking.resolvedAt} />
            </dd>
          </>
        ) : null}
        {tracking.returnedAt ? (
          <>
            <dt>Ngày trả kết quả</dt>
            <dd>
              <DateTime value={tracking.returnedAt} />
            </dd>
          </>
        ) : null}
      </dl>
      {tracking.returnedAt ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="Đánh giá việc giải quyết hồ sơ"
          description={
            <>
              Hồ sơ đã trả kết quả. Người nộp hồ sơ trực tuyến đánh giá sự hài lòng trong{' '}
              <Link to="/ho-so-cua-toi">Hồ sơ của tôi</Link> (đăng nhập bằng tài khoản đã nộp hồ sơ).
            </>
          }
        />
      ) : null}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        Quá trình xử lý
      </Typography.Title>
      <Timeline
        items={tracking.steps.map((step) => ({
          key: `${step.at}-${step.status}`,
          content: (
            <>
              <strong>{step.statusLabel}</strong>
              <div>
                <DateTime value={step.at} />
                {step.agency ? ` · ${step.agency}` : ''}
              </div>
            </>
          ),
        }))}
      />
    </section>
  );
}
