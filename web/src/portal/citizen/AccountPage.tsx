import { Alert, Button, Checkbox, Form, Skeleton, Typography } from 'antd';
import { Fragment, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { showFieldProblems } from '../../components/problem-fields';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { accountApi, type CitizenProfile, type NotificationPreferences } from './account-api';
import './citizen.css';

// The API's own names for the four channels (PUT replaces all four).
const CHANNELS = ['email', 'sms', 'zalo', 'inApp'] as const;
type Channel = (typeof CHANNELS)[number];

const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Thư điện tử',
  sms: 'Tin nhắn SMS',
  zalo: 'Zalo',
  inApp: 'Trang Thông báo trên cổng này',
};

// The signed-in citizen's account: the profile as the API gives it (the phone and the ID number
// come masked and stay so), the way to the password page, and the channels notices come by.
export function AccountPage() {
  const profile = useApi(() => accountApi.profile(), []);
  const citizen = profile.data?.citizen;
  return (
    <div className="citizen-narrow">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        Tài khoản
      </Typography.Title>
      <section className="panel" aria-labelledby="thong-tin-ca-nhan">
        <Typography.Title level={2} id="thong-tin-ca-nhan" style={{ fontSize: 18, marginTop: 0 }}>
          Thông tin cá nhân
        </Typography.Title>
        <ProblemAlert problem={profile.problem} />
        {profile.problem ? <Button onClick={profile.reload}>Thử lại</Button> : null}
        {profile.loading && !profile.data ? (
          <Skeleton active paragraph={{ rows: 3 }} aria-label="Đang tải thông tin tài khoản" />
        ) : null}
        {citizen ? <ProfileFacts citizen={citizen} /> : null}
        <p style={{ margin: '12px 0 0' }}>
          <Link to="/doi-mat-khau">Đổi mật khẩu</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="nhan-thong-bao">
        <Typography.Title level={2} id="nhan-thong-bao" style={{ fontSize: 18, marginTop: 0 }}>
          Nhận thông báo
        </Typography.Title>
        <PreferencesForm citizen={citizen ?? null} />
      </section>
    </div>
  );
}

// Missing values say so rather than show an empty line.
function ProfileFacts({ citizen }: { citizen: CitizenProfile }) {
  const facts: Array<[string, string | null]> = [
    ['Họ và tên', citizen.fullName],
    ['Số điện thoại', textOf(citizen.phone)],
    ['Thư điện tử', textOf(citizen.email)],
    ['Số định danh cá nhân', textOf(citizen.idNumber)],
  ];
  return (
    <>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value ?? <span className="muted">Chưa khai báo</span>}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted" style={{ margin: '8px 0 0' }}>
        Số điện thoại và số định danh chỉ hiện 3 chữ số cuối để bảo vệ thông tin cá nhân.
      </p>
    </>
  );
}

// The API types these strings loosely (nullable, without a type): shown as text when present.
function textOf(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function PreferencesForm({ citizen }: { citizen: CitizenProfile | null }) {
  const [form] = Form.useForm<NotificationPreferences>();
  const preferences = useApi(() => accountApi.preferences(), []);
  const { busy, problem, run } = useSubmission();
  const [isSaved, setSaved] = useState(false);

  useEffect(() => {
    if (preferences.data) {
      form.setFieldsValue(preferences.data);
    }
  }, [form, preferences.data]);

  const save = async (values: NotificationPreferences) => {
    setSaved(false);
    await run(
      async () => {
        form.setFieldsValue(await accountApi.savePreferences(values));
        setSaved(true);
      },
      (failure) => showFieldProblems(form, failure, CHANNELS),
    );
  };

  if (preferences.problem) {
    return (
      <>
        <ProblemAlert problem={preferences.problem} />
        <Button onClick={preferences.reload} style={{ marginTop: 8 }}>
          Thử lại
        </Button>
      </>
    );
  }
  if (!preferences.data) {
    return <Skeleton active paragraph={{ rows: 4 }} aria-label="Đang tải lựa chọn nhận thông báo" />;
  }
  // Where the citizen gave no address, the channel has nowhere to go, whatever is ticked.
  const hints: Partial<Record<Channel, string>> = {
    ...(citizen && !textOf(citizen.email) ? { email: 'Tài khoản chưa có thư điện tử.' } : {}),
    ...(citizen && !textOf(citizen.phone) ? { sms: 'Tài khoản chưa có số điện thoại.' } : {}),
    ...(citizen && !textOf(citizen.phone) ? { zalo: 'Tài khoản chưa có số điện thoại.' } : {}),
  };
  return (
    <Form<NotificationPreferences>
      form={form}
      name="nhan-thong-bao"
      layout="vertical"
      initialValues={preferences.data}
      onFinish={(values) => void save(values)}
      onValuesChange={() => setSaved(false)}
    >
      <p style={{ marginTop: 0 }}>
        Chọn các kênh nhận thông báo khi hồ sơ được tiếp nhận, cần bổ sung, bị từ chối hoặc có kết quả. Mọi
        loại thông báo đều đi theo các kênh đã chọn.
      </p>
      {CHANNELS.map((channel) => (
        <Form.Item
          key={channel}
          name={channel}
          valuePropName="checked"
          extra={hints[channel]}
          style={{ marginBottom: 8 }}
        >
          <Checkbox>{CHANNEL_LABELS[channel]}</Checkbox>
        </Form.Item>
      ))}
      <ProblemAlert problem={problem} />
      {isSaved ? (
        <Alert type="success" showIcon role="status" title="Đã lưu lựa chọn nhận thông báo" />
      ) : null}
      <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 12 }}>
        Lưu lựa chọn
      </Button>
    </Form>
  );
}
