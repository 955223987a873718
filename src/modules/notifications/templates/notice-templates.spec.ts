import { gsmSeptets, SMS_MAX_SEPTETS } from './notice-format';
import {
  NoticeParamsError,
  noticeTemplate,
  renderNotice,
  TEMPLATE_NAMES,
  type TemplateName,
  type TemplateParams,
} from './notice-templates';

const CONTEXT = { publicBaseUrl: 'https://motcua.phuyen.example' };
const CODE = '000.21.30.H55-250120-0007';
const BASE = {
  dossierCode: CODE,
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Nguyễn Thị Lan',
  deskName: 'Bộ phận Một cửa xã An Mỹ',
};
// 16:00 and 08:30 in Vietnam (UTC+7).
const APPOINTMENT = '2025-01-24T09:00:00.000Z';
const RECEIVED = '2025-01-20T01:30:00.000Z';

// One valid set of params per template: the compiler checks each against the exported map.
const SAMPLES: { [N in TemplateName]: TemplateParams[N] } = {
  'citizen.received': { ...BASE, receivedAt: RECEIVED, appointmentAt: APPOINTMENT },
  'citizen.online-received': { ...BASE, receivedAt: RECEIVED, appointmentAt: APPOINTMENT },
  'citizen.supplement-requested-at-reception': {
    ...BASE,
    dossierCode: null,
    missingDocuments: ['Giấy chứng sinh (bản chính)'],
    note: 'Liên hệ cán bộ một cửa',
  },
  'citizen.online-supplement-requested': { ...BASE, dossierCode: null, missingDocuments: ['Tờ khai'] },
  'citizen.refused-at-reception': { ...BASE, dossierCode: null, reason: 'Không thuộc thẩm quyền' },
  'citizen.online-refused': { ...BASE, dossierCode: null, reason: 'Hồ sơ trùng lặp' },
  'citizen.supplement-requested': { ...BASE, missingDocuments: ['Bản sao sổ hộ khẩu'] },
  'citizen.refused': { ...BASE, reason: 'Không đủ điều kiện theo quy định' },
  'citizen.result-ready': BASE,
  'citizen.stopped': { ...BASE, reason: 'Công dân không bổ sung hồ sơ' },
  'citizen.apology': { ...BASE, appointmentAt: APPOINTMENT, reason: 'Cần xác minh thêm' },
  'citizen.redated': { ...BASE, appointmentAt: APPOINTMENT },
  'staff.assigned': { dossierCode: CODE, procedureName: 'Đăng ký khai sinh', dueAt: APPOINTMENT },
  'staff.due-soon': { dossierCode: CODE, dueAt: APPOINTMENT },
  'staff.overdue': { dossierCode: CODE, procedureName: 'Đăng ký khai sinh', dueAt: APPOINTMENT },
  'staff.apology-missing': { dossierCode: CODE, dueAt: APPOINTMENT },
  'staff.escalation': {
    dossierCode: CODE,
    dueAt: APPOINTMENT,
    holdingAgencyName: 'UBND xã An Mỹ',
    overdueWorkingDays: 3,
  },
  'staff.consultation-due-soon': {
    dossierCode: CODE,
    procedureName: 'Đăng ký khai sinh',
    dueAt: APPOINTMENT,
    askingAgencyName: 'UBND xã An Mỹ',
  },
  'staff.consultation-overdue': { dossierCode: CODE, dueAt: APPOINTMENT, askingAgencyName: 'UBND xã An Mỹ' },
};

const render = <N extends TemplateName>(name: N, params: TemplateParams[N] = SAMPLES[name]) =>
  renderNotice(name, params, CONTEXT);

describe('notice templates', () => {
  it('names every citizen and staff notice', () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('tells the applicant at the desk the code, the receipt time and the appointment in Vietnamese time', () => {
    const notice = render('citizen.received');
    expect(notice.subject).toBe(`Hồ sơ ${CODE} đã được tiếp nhận`);
    expect(notice.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan,');
    expect(notice.text).toContain('đã tiếp nhận hồ sơ "Đăng ký khai sinh" của Ông/Bà.');
    expect(notice.text).toContain('Thời điểm tiếp nhận: 20/01/2025 08:30');
    expect(notice.text).toContain('Ngày hẹn trả kết quả: 24/01/2025 16:00');
    expect(notice.text).toContain(
      `Tra cứu tình trạng hồ sơ: https://motcua.phuyen.example/tra-cuu?code=${encodeURIComponent(CODE)}`,
    );
    expect(notice.text).toContain('Trân trọng,\nBộ phận Một cửa xã An Mỹ');
    // The link does not fit in one SMS part here; with a shorter portal address it does.
    expect(notice.sms).toBe(`Ho so ${CODE} da duoc tiep nhan. Hen tra ket qua: 24/01/2025 16:00.`);
    const params = SAMPLES['citizen.received'] as Record<string, unknown>;
    expect(renderNotice('citizen.received', params, { publicBaseUrl: 'https://dvc.vn' }).sms).toBe(
      `Ho so ${CODE} da duoc tiep nhan. Hen tra ket qua: 24/01/2025 16:00. Tra cuu: https://dvc.vn/tra-cuu?code=${CODE}`,
    );
  });

  it('apologises with the reason and the new appointment (Mẫu 04)', () => {
    const notice = render('citizen.apology');
    expect(notice.subject).toBe(`Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${CODE}`);
    expect(notice.text).toContain('thành thật xin lỗi Ông/Bà vì sự chậm trễ này');
    expect(notice.text).toContain('Lý do chậm trễ: Cần xác minh thêm');
    expect(notice.text).toContain('Ngày hẹn trả kết quả mới: 24/01/2025 16:00');
    expect(notice.short).toContain('Ngày hẹn trả kết quả mới: 24/01/2025 16:00.');
  });

  it('lists the documents to supplement, and has no lookup link before the dossier has a code', () => {
    const notice = render('citizen.supplement-requested-at-reception');
    expect(notice.text).toContain('Giấy tờ cần bổ sung, hoàn thiện:\n  - Giấy chứng sinh (bản chính)');
    expect(notice.text).not.toContain('tra-cuu');
    expect(notice.sms).not.toContain('tra-cuu');
  });

  it('tells a handler of an assignment without a public lookup link', () => {
    const notice = render('staff.assigned');
    expect(notice.subject).toBe(`Hồ sơ ${CODE} được phân công cho đồng chí`);
    expect(notice.short).toBe(
      `Đồng chí được phân công xử lý hồ sơ ${CODE} (Đăng ký khai sinh). Hạn giải quyết: 24/01/2025 16:00.`,
    );
    expect(notice.text).not.toContain('tra-cuu');
  });

  it('escalates with the agency holding the dossier and the working days late', () => {
    expect(render('staff.escalation').short).toBe(
      `Hồ sơ ${CODE} đã quá hạn 3 ngày làm việc tại UBND xã An Mỹ, cần lãnh đạo chỉ đạo xử lý.`,
    );
  });

  it('asks the consulted agency to answer in time, naming the asking agency and the answer deadline', () => {
    const notice = render('staff.consultation-due-soon');
    expect(notice.subject).toBe(`Sắp đến hạn trả lời xin ý kiến: hồ sơ ${CODE}`);
    expect(notice.text).toContain(
      `UBND xã An Mỹ xin ý kiến đơn vị về hồ sơ ${CODE} (Đăng ký khai sinh); sắp đến hạn trả lời.`,
    );
    expect(notice.text).toContain('Cơ quan xin ý kiến: UBND xã An Mỹ');
    expect(notice.text).toContain('Hạn trả lời: 24/01/2025 16:00');
    expect(render('staff.consultation-overdue').short).toBe(
      `UBND xã An Mỹ xin ý kiến về hồ sơ ${CODE}, đã quá hạn trả lời (hạn 24/01/2025 16:00).`,
    );
  });

  it.each(TEMPLATE_NAMES)('%s: one single-part GSM SMS, a subject and a body', (name) => {
    const notice = render(name);
    expect(notice.subject.length).toBeGreaterThan(10);
    expect(notice.subject.length).toBeLessThanOrEqual(200);
    expect(notice.text.length).toBeGreaterThan(notice.short.length / 2);
    expect(gsmSeptets(notice.sms)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    expect(notice.sms).toMatch(/^[\x20-\x7e]+$/);
  });

  it('keeps a long reason to one SMS part, cut at a word', () => {
    const notice = render('citizen.refused-at-reception', {
      ...BASE,
      dossierCode: null,
      reason: 'Thủ tục này thuộc thẩm quyền giải quyết của cơ quan cấp tỉnh '.repeat(6),
    });
    expect(gsmSeptets(notice.sms)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    expect(notice.sms).toMatch(/^Ho so cua Ong\/Ba khong duoc tiep nhan\. Ly do: Thu tuc .*[a-z]\.\.\.$/);
  });

  it('never carries an ID card or phone number written into a reason or a note', () => {
    const notice = render('citizen.stopped', {
      ...BASE,
      reason: 'Gọi 0905 123 456 hoặc mang CCCD 054200001234 đến bộ phận một cửa',
    });
    for (const text of [notice.text, notice.short, notice.sms]) {
      expect(text.replace(/\D/g, '')).not.toMatch(/0905123456|054200001234/);
    }
    expect(notice.text).toContain('Gọi ***56 hoặc mang CCCD ***34');
  });

  it('refuses params that lack what the template needs, naming the fields but not the values', () => {
    expect(() =>
      renderNotice('citizen.received', { dossierCode: CODE, appointmentAt: 'next Tuesday' }, CONTEXT),
    ).toThrow(
      new NoticeParamsError('citizen.received', [
        'procedureName is required',
        'receivedAt is required',
        'appointmentAt must be an ISO-8601 instant',
      ]),
    );
    expect(() => renderNotice('citizen.unknown', {}, CONTEXT)).toThrow(/unknown template/);
  });

  it('ignores extra params, so the relay may spread an event payload into them', () => {
    expect(() =>
      renderNotice('citizen.result-ready', { ...BASE, status: 'RESOLVED', nationalStatusCode: 9 }, CONTEXT),
    ).not.toThrow();
  });

  it('lets the relay build a typed delivery', () => {
    expect(noticeTemplate('staff.overdue', { dossierCode: CODE, dueAt: APPOINTMENT })).toEqual({
      template: 'staff.overdue',
      params: { dossierCode: CODE, dueAt: APPOINTMENT },
    });
  });
});
