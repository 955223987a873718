import { CITIZEN_BASE, citizenDraft, listDocuments, reasonSentence } from './citizen-draft';
import { defineTemplate, staffText } from './notice-composer';
import { formatNoticeTime } from './notice-format';

// Citizen notices of reception: at the desk (the applicant holds the paper receipt, Mẫu 01, or
// the supplement or refusal slip, Mẫu 02/03) and after the desk checks an online submission.
// Before reception a dossier has no code yet, so the code is optional there.

const BEFORE_RECEPTION = { ...CITIZEN_BASE, dossierCode: 'text?' } as const;
const RECEIVED = { ...CITIZEN_BASE, receivedAt: 'instant', appointmentAt: 'instant' } as const;
const SUPPLEMENT = { ...BEFORE_RECEPTION, missingDocuments: 'list?', note: 'text?' } as const;
const REFUSAL = { ...BEFORE_RECEPTION, reason: 'text?' } as const;

const MISSING_DOCUMENTS = 'Giấy tờ cần bổ sung, hoàn thiện';

export const CITIZEN_RECEPTION_TEMPLATES = {
  'citizen.received': defineTemplate('citizen', RECEIVED, (params) => {
    const appointment = formatNoticeTime(params.appointmentAt);
    return citizenDraft(params, {
      subject: `Hồ sơ ${params.dossierCode} đã được tiếp nhận`,
      lead: `Bộ phận Tiếp nhận và Trả kết quả đã tiếp nhận hồ sơ "${params.procedureName}" của Ông/Bà.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Thời điểm tiếp nhận', formatNoticeTime(params.receivedAt)],
        ['Ngày hẹn trả kết quả', appointment],
      ],
      more: ['Khi đến nhận kết quả, Ông/Bà vui lòng mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.'],
      summary: `Hồ sơ ${params.dossierCode} (${params.procedureName}) đã được tiếp nhận. Ngày hẹn trả kết quả: ${appointment}.`,
      smsSentence: `Hồ sơ ${params.dossierCode} đã được tiếp nhận. Hẹn trả kết quả: ${appointment}.`,
    });
  }),

  'citizen.online-received': defineTemplate('citizen', RECEIVED, (params) => {
    const appointment = formatNoticeTime(params.appointmentAt);
    return citizenDraft(params, {
      subject: `Hồ sơ trực tuyến đã được tiếp nhận: ${params.dossierCode}`,
      lead: `Hồ sơ "${params.procedureName}" Ông/Bà nộp trực tuyến đã được kiểm tra và tiếp nhận.`,
      facts: [
        ['Mã hồ sơ', params.dossierCode],
        ['Thời điểm tiếp nhận', formatNoticeTime(params.receivedAt)],
        ['Ngày hẹn trả kết quả', appointment],
      ],
      summary: `Hồ sơ trực tuyến "${params.procedureName}" đã được tiếp nhận, mã hồ sơ ${params.dossierCode}. Ngày hẹn trả kết quả: ${appointment}.`,
      smsSentence: `Hồ sơ trực tuyến đã được tiếp nhận, mã ${params.dossierCode}. Hẹn trả kết quả: ${appointment}.`,
    });
  }),

  'citizen.supplement-requested-at-reception': defineTemplate('citizen', SUPPLEMENT, (params) =>
    citizenDraft(params, {
      subject: `Yêu cầu bổ sung, hoàn thiện hồ sơ "${params.procedureName}"`,
      lead: `Hồ sơ "${params.procedureName}" của Ông/Bà chưa đầy đủ nên chưa được tiếp nhận. Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ theo Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.`,
      facts: [
        [MISSING_DOCUMENTS, listDocuments(params.missingDocuments)],
        ['Hướng dẫn', staffText(params.note)],
      ],
      summary: `Hồ sơ "${params.procedureName}" chưa đầy đủ, đề nghị Ông/Bà bổ sung, hoàn thiện theo hướng dẫn của Bộ phận Tiếp nhận và Trả kết quả.`,
      smsSentence:
        'Hồ sơ của Ông/Bà chưa đầy đủ, chưa được tiếp nhận. Đề nghị bổ sung, hoàn thiện theo Phiếu yêu cầu bổ sung.',
    }),
  ),

  'citizen.online-supplement-requested': defineTemplate('citizen', SUPPLEMENT, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ trực tuyến cần bổ sung, hoàn thiện: "${params.procedureName}"`,
      lead: `Hồ sơ "${params.procedureName}" Ông/Bà nộp trực tuyến đã được kiểm tra nhưng chưa đầy đủ. Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ trực tuyến.`,
      facts: [
        [MISSING_DOCUMENTS, listDocuments(params.missingDocuments)],
        ['Hướng dẫn', staffText(params.note)],
      ],
      summary: `Hồ sơ trực tuyến "${params.procedureName}" chưa đầy đủ, đề nghị Ông/Bà bổ sung, hoàn thiện.`,
      smsSentence:
        'Hồ sơ trực tuyến của Ông/Bà chưa đầy đủ. Đề nghị bổ sung, hoàn thiện hồ sơ trên Cổng dịch vụ công.',
    }),
  ),

  'citizen.refused-at-reception': defineTemplate('citizen', REFUSAL, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ "${params.procedureName}" không được tiếp nhận`,
      lead: `Bộ phận Tiếp nhận và Trả kết quả từ chối tiếp nhận hồ sơ "${params.procedureName}" của Ông/Bà.`,
      facts: [['Lý do', staffText(params.reason)]],
      summary: `Hồ sơ "${params.procedureName}" không được tiếp nhận.${reasonSentence(params.reason)}`,
      smsSentence: `Hồ sơ của Ông/Bà không được tiếp nhận.${reasonSentence(params.reason)}`,
    }),
  ),

  'citizen.online-refused': defineTemplate('citizen', REFUSAL, (params) =>
    citizenDraft(params, {
      subject: `Hồ sơ trực tuyến không được tiếp nhận: "${params.procedureName}"`,
      lead: `Hồ sơ "${params.procedureName}" Ông/Bà nộp trực tuyến đã được kiểm tra và không đủ điều kiện tiếp nhận.`,
      facts: [['Lý do', staffText(params.reason)]],
      summary: `Hồ sơ trực tuyến "${params.procedureName}" không được tiếp nhận.${reasonSentence(params.reason)}`,
      smsSentence: `Hồ sơ trực tuyến của Ông/Bà không được tiếp nhận.${reasonSentence(params.reason)}`,
    }),
  ),
};
