import { CITIZEN_BASE, citizenDraft, listDocuments, reasonSentence } from './citizen-draft';
import { defineTemplate, staffText } from './notice-composer';
import { formatNoticeTime } from './notice-format';

// Citizen notices while and after a received dossier is handled.

const SUPPLEMENT = { ...CITIZEN_BASE, missingDocuments: 'list?', note: 'text?' } as const;
const WITH_REASON = { ...CITIZEN_BASE, reason: 'text?' } as const;
const NEW_APPOINTMENT = { ...CITIZEN_BASE, appointmentAt: 'instant' } as const;
const APOLOGY = { ...NEW_APPOINTMENT, reason: 'text?' } as const;

export const CITIZEN_HANDLING_TEMPLATES = {
  // Decree 61/2018 art. 19: asked through the desk within 3 working days of receipt; the time
  // limit starts again from zero when the complete dossier arrives.
  'citizen.supplement-requested': defineTemplate('citizen', SUPPLEMENT, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} cần bổ sung, hoàn thiện`,
      lead: `Trong quá trình giải quyết hồ sơ "${params.procedureName}", cơ quan giải quyết đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ. Thời hạn giải quyết được tính lại từ đầu kể từ khi nhận đủ hồ sơ bổ sung, hoàn thiện.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Giấy tờ cần bổ sung, hoàn thiện', listDocuments(params.missingDocuments)],
        ['Hướng dẫn', staffText(params.note)],
      ],
      summary: `Hồ sơ ${params.dossierCode} (${params.procedureName}) cần bổ sung, hoàn thiện. Thời hạn giải quyết tính lại từ khi nhận đủ hồ sơ.`,
      smsSentence: `Hồ sơ ${params.dossierCode} cần bổ sung, hoàn thiện. Thời hạn giải quyết tính lại từ khi nhận đủ hồ sơ.`,
    }),
  ),

  'citizen.refused': defineTemplate('citizen', WITH_REASON, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} không đủ điều kiện giải quyết`,
      lead: `Sau khi thẩm định, hồ sơ "${params.procedureName}" của Ông/Bà không đủ điều kiện giải quyết.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Lý do', staffText(params.reason)],
      ],
      more: ['Ông/Bà vui lòng liên hệ Bộ phận Tiếp nhận và Trả kết quả để nhận văn bản trả lời và hồ sơ.'],
      summary: `Hồ sơ ${params.dossierCode} (${params.procedureName}) không đủ điều kiện giải quyết.${reasonSentence(params.reason)}`,
      smsSentence: `Hồ sơ ${params.dossierCode} không đủ điều kiện giải quyết. Vui lòng liên hệ bộ phận một cửa để nhận văn bản trả lời.`,
    }),
  ),

  'citizen.result-ready': defineTemplate('citizen', CITIZEN_BASE, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} đã có kết quả`,
      lead: `Hồ sơ "${params.procedureName}" của Ông/Bà đã có kết quả giải quyết.`,
      facts: [['Mã hồ sơ', params.dossierCode]],
      more: [
        `Mời Ông/Bà đến ${params.deskName ?? 'Bộ phận Tiếp nhận và Trả kết quả'} để nhận kết quả (hoặc nhận theo hình thức đã đăng ký), mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      ],
      summary: `Hồ sơ ${params.dossierCode} (${params.procedureName}) đã có kết quả. Mời Ông/Bà đến nhận kết quả.`,
      smsSentence: `Hồ sơ ${params.dossierCode} đã có kết quả. Mời Ông/Bà đến bộ phận một cửa để nhận kết quả.`,
    }),
  ),

  'citizen.stopped': defineTemplate('citizen', WITH_REASON, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} đã dừng xử lý`,
      lead: `Hồ sơ "${params.procedureName}" của Ông/Bà đã dừng xử lý.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Lý do', staffText(params.reason)],
      ],
      summary: `Hồ sơ ${params.dossierCode} (${params.procedureName}) đã dừng xử lý.${reasonSentence(params.reason)}`,
      smsSentence: `Hồ sơ ${params.dossierCode} đã dừng xử lý.${reasonSentence(params.reason)}`,
    }),
  ),

  // Mẫu 04: the late agency apologises and gives a new appointment.
  'citizen.apology': defineTemplate('citizen', APOLOGY, (params) => {
    const appointment = formatNoticeTime(params.appointmentAt);
    return citizenDraft(params, {
      subject: `Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${params.dossierCode}`,
      lead: `Hồ sơ "${params.procedureName}" của Ông/Bà chưa được giải quyết đúng hẹn. Cơ quan giải quyết thành thật xin lỗi Ông/Bà vì sự chậm trễ này và xin hẹn lại ngày trả kết quả.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Lý do chậm trễ', staffText(params.reason)],
        ['Ngày hẹn trả kết quả mới', appointment],
      ],
      summary: `Xin lỗi Ông/Bà vì hồ sơ ${params.dossierCode} (${params.procedureName}) chưa được giải quyết đúng hẹn. Ngày hẹn trả kết quả mới: ${appointment}.`,
      smsSentence: `Xin lỗi Ông/Bà vì hồ sơ ${params.dossierCode} trễ hẹn. Hẹn trả kết quả mới: ${appointment}.`,
    });
  }),

  // The working calendar changed (a holiday or a make-up working day) and moved the appointment.
  'citizen.redated': defineTemplate('citizen', NEW_APPOINTMENT, (params) => {
    const appointment = formatNoticeTime(params.appointmentAt);
    return citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode}: thay đổi ngày hẹn trả kết quả`,
      lead: `Do lịch làm việc của cơ quan nhà nước thay đổi (ngày nghỉ, ngày làm bù), ngày hẹn trả kết quả hồ sơ "${params.procedureName}" của Ông/Bà được điều chỉnh.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Ngày hẹn trả kết quả mới', appointment],
      ],
      summary: `Ngày hẹn trả kết quả hồ sơ ${params.dossierCode} (${params.procedureName}) đổi thành ${appointment} do lịch làm việc thay đổi.`,
      smsSentence: `Ngày hẹn trả kết quả hồ sơ ${params.dossierCode} đổi thành ${appointment} do lịch làm việc thay đổi.`,
    });
  }),
};
