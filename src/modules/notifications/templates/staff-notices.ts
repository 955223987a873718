import { defineTemplate, type NoticeDraft } from './notice-composer';
import { formatNoticeTime } from './notice-format';

// Staff notices (in-app, and e-mail where a staff address is planned): the handler, the unit
// head, the desk and the leaders above, from the assignment and the deadline watch; and those who
// may answer a consultation (xin ý kiến), in the consulted agency.

const STAFF_BASE = { dossierCode: 'text', procedureName: 'text?' } as const;
const ASSIGNED = { ...STAFF_BASE, dueAt: 'instant?' } as const;
const DEADLINE = { ...STAFF_BASE, dueAt: 'instant' } as const;
const CONSULTATION = { ...DEADLINE, askingAgencyName: 'text' } as const;
const ESCALATION = {
  ...DEADLINE,
  holdingAgencyName: 'text?', // where the dossier is late
  overdueWorkingDays: 'count?',
} as const;

function dossierLabel(params: { dossierCode: string; procedureName?: string | null }): string {
  return params.procedureName ? `${params.dossierCode} (${params.procedureName})` : params.dossierCode;
}

function staffDraft(params: { dossierCode: string }, draft: Omit<NoticeDraft, 'audience'>): NoticeDraft {
  return {
    audience: 'staff',
    dossierCode: null,
    ...draft,
    facts: [['Mã hồ sơ', params.dossierCode], ...draft.facts],
  };
}

export const STAFF_TEMPLATES = {
  'staff.assigned': defineTemplate('staff', ASSIGNED, (params) => {
    const due = params.dueAt ? formatNoticeTime(params.dueAt) : null;
    return staffDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} được phân công cho đồng chí`,
      lead: `Đồng chí được phân công xử lý hồ sơ ${dossierLabel(params)}.`,
      facts: [['Hạn giải quyết', due]],
      summary: `Đồng chí được phân công xử lý hồ sơ ${dossierLabel(params)}.${due ? ` Hạn giải quyết: ${due}.` : ''}`,
      smsSentence: `Đồng chí được phân công xử lý hồ sơ ${params.dossierCode}.${due ? ` Hạn: ${due}.` : ''}`,
    });
  }),

  'staff.due-soon': defineTemplate('staff', DEADLINE, (params) => {
    const due = formatNoticeTime(params.dueAt);
    return staffDraft(params, {
      subject: `Sắp đến hạn: hồ sơ ${params.dossierCode}`,
      lead: `Hồ sơ ${dossierLabel(params)} sắp đến hạn giải quyết.`,
      facts: [['Hạn giải quyết', due]],
      more: [
        'Đề nghị đồng chí khẩn trương xử lý; nếu không thể giải quyết đúng hạn, lập Phiếu xin lỗi và hẹn lại ngày trả kết quả chậm nhất 01 ngày làm việc trước hạn.',
      ],
      summary: `Hồ sơ ${dossierLabel(params)} sắp đến hạn giải quyết (${due}).`,
      smsSentence: `Hồ sơ ${params.dossierCode} sắp đến hạn giải quyết (${due}).`,
    });
  }),

  'staff.overdue': defineTemplate('staff', DEADLINE, (params) => {
    const due = formatNoticeTime(params.dueAt);
    return staffDraft(params, {
      subject: `Quá hạn: hồ sơ ${params.dossierCode}`,
      lead: `Hồ sơ ${dossierLabel(params)} đã quá hạn giải quyết.`,
      facts: [['Hạn giải quyết', due]],
      more: ['Đề nghị đồng chí khẩn trương giải quyết và báo cáo lãnh đạo đơn vị.'],
      summary: `Hồ sơ ${dossierLabel(params)} đã quá hạn giải quyết (hạn ${due}).`,
      smsSentence: `Hồ sơ ${params.dossierCode} đã quá hạn giải quyết (hạn ${due}).`,
    });
  }),

  // Decree 61/2018 art. 19.9: the apology (Mẫu 04) is due at the latest 1 working day before the deadline.
  'staff.apology-missing': defineTemplate('staff', DEADLINE, (params) => {
    const due = formatNoticeTime(params.dueAt);
    return staffDraft(params, {
      subject: `Chưa có Phiếu xin lỗi: hồ sơ ${params.dossierCode}`,
      lead: `Hồ sơ ${dossierLabel(params)} sắp đến hạn giải quyết nhưng chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả.`,
      facts: [['Hạn giải quyết', due]],
      more: [
        'Nếu hồ sơ không thể giải quyết đúng hạn, cơ quan giải quyết phải gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả cho công dân chậm nhất 01 ngày làm việc trước hạn.',
      ],
      summary: `Hồ sơ ${dossierLabel(params)} sắp đến hạn (${due}) nhưng chưa có Phiếu xin lỗi và hẹn lại ngày trả kết quả.`,
      smsSentence: `Hồ sơ ${params.dossierCode} sắp đến hạn (${due}), chưa có Phiếu xin lỗi.`,
    });
  }),

  'staff.escalation': defineTemplate('staff', ESCALATION, (params) => {
    const due = formatNoticeTime(params.dueAt);
    const late = params.overdueWorkingDays ? ` ${params.overdueWorkingDays} ngày làm việc` : '';
    const where = params.holdingAgencyName ? ` tại ${params.holdingAgencyName}` : '';
    return staffDraft(params, {
      subject: `Hồ sơ quá hạn cần chỉ đạo: ${params.dossierCode}`,
      lead: `Hồ sơ ${dossierLabel(params)} đã quá hạn giải quyết${late}${where}. Đề nghị lãnh đạo chỉ đạo xử lý.`,
      facts: [
        ['Hạn giải quyết', due],
        ['Đơn vị đang giữ hồ sơ', params.holdingAgencyName],
      ],
      summary: `Hồ sơ ${dossierLabel(params)} đã quá hạn${late}${where}, cần lãnh đạo chỉ đạo xử lý.`,
      smsSentence: `Hồ sơ ${params.dossierCode} quá hạn${late}${where}, cần chỉ đạo xử lý.`,
    });
  }),

  // Decree 61/2018 art. 19: a consultation carries its own answer deadline; its due time is the
  // consultation's, not the dossier's.
  'staff.consultation-due-soon': defineTemplate('staff', CONSULTATION, (params) => {
    const due = formatNoticeTime(params.dueAt);
    return staffDraft(params, {
      subject: `Sắp đến hạn trả lời xin ý kiến: hồ sơ ${params.dossierCode}`,
      lead: `${params.askingAgencyName} xin ý kiến đơn vị về hồ sơ ${dossierLabel(params)}; sắp đến hạn trả lời.`,
      facts: [
        ['Cơ quan xin ý kiến', params.askingAgencyName],
        ['Hạn trả lời', due],
      ],
      more: ['Đề nghị đồng chí khẩn trương trả lời để không làm chậm việc giải quyết hồ sơ.'],
      summary: `${params.askingAgencyName} xin ý kiến về hồ sơ ${dossierLabel(params)}, sắp đến hạn trả lời (${due}).`,
      smsSentence: `Xin ý kiến về hồ sơ ${params.dossierCode} sắp đến hạn trả lời (${due}).`,
    });
  }),

  'staff.consultation-overdue': defineTemplate('staff', CONSULTATION, (params) => {
    const due = formatNoticeTime(params.dueAt);
    return staffDraft(params, {
      subject: `Quá hạn trả lời xin ý kiến: hồ sơ ${params.dossierCode}`,
      lead: `${params.askingAgencyName} xin ý kiến đơn vị về hồ sơ ${dossierLabel(params)}; đã quá hạn trả lời.`,
      facts: [
        ['Cơ quan xin ý kiến', params.askingAgencyName],
        ['Hạn trả lời', due],
      ],
      more: ['Đề nghị đồng chí khẩn trương trả lời và báo cáo lãnh đạo đơn vị.'],
      summary: `${params.askingAgencyName} xin ý kiến về hồ sơ ${dossierLabel(params)}, đã quá hạn trả lời (hạn ${due}).`,
      smsSentence: `Xin ý kiến về hồ sơ ${params.dossierCode} đã quá hạn trả lời (hạn ${due}).`,
    });
  }),
};
