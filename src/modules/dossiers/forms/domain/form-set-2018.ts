import {
  type FormDefinition,
  type FormSet,
  type SectionSpec,
  type TableColumnSpec,
  type TemplateLine,
  type RegisterColumn,
  type HistoryColumn,
  type DocumentColumn,
} from './form-set';

// The forms of Circular 01/2018/TT-VPCP (in force 06/01/2019), Mẫu 01–06, laid out after its
// appendix: letterhead and national motto, title, numbered content, signatures. The QR code
// and the lookup lines are this system's additions (art. 19 allows a QR code for the code).

const A5 = { size: 'A5', orientation: 'portrait' } as const;
const A4_LANDSCAPE = { size: 'A4', orientation: 'landscape' } as const;

const CODE_SUBTITLE: TemplateLine = { template: 'Mã hồ sơ: {dossierCode}', when: 'dossierCode' };
const REFERENCE: TemplateLine = { template: 'Số: {documentNumber}' };
const QR = { caption: 'Quét mã để tra cứu hồ sơ' } as const;
const SIGN_HINT = '(Ký và ghi rõ họ tên)';

export const APPLICANT_LINES: readonly SectionSpec[] = [
  { kind: 'text', template: 'Địa chỉ: {applicantAddress}' },
  { kind: 'text', template: 'Số điện thoại: {applicantPhone}' },
  { kind: 'text', template: 'Email: {applicantEmail}', when: 'applicantEmail' },
  { kind: 'text', template: 'Nội dung yêu cầu giải quyết: {procedureName}' },
];

export const DOCUMENT_COLUMNS: readonly TableColumnSpec<DocumentColumn>[] = [
  { key: 'index', header: 'STT', width: 0.08, align: 'center' },
  { key: 'name', header: 'Tên giấy tờ', width: 0.5 },
  { key: 'form', header: 'Hình thức', width: 0.3, align: 'center' },
  { key: 'quantity', header: 'Số lượng', width: 0.12, align: 'center' },
];

export const RECEIPT_2018: FormDefinition = {
  number: '01',
  kind: 'receipt',
  title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  paper: A5,
  reference: REFERENCE,
  hasPlaceDate: true,
  subtitles: [CODE_SUBTITLE],
  qr: QR,
  sections: [
    { kind: 'text', template: 'Bộ phận tiếp nhận và trả kết quả: {deskName}' },
    { kind: 'text', template: 'Tiếp nhận hồ sơ của: {applicantName}' },
    { kind: 'text', template: 'Số định danh cá nhân: {applicantIdNumber}', when: 'applicantIdNumber' },
    ...APPLICANT_LINES,
    { kind: 'text', template: 'Hình thức nộp hồ sơ: {channel}' },
    { kind: 'documents', heading: '1. Thành phần hồ sơ nộp gồm:', columns: DOCUMENT_COLUMNS },
    { kind: 'text', template: '2. Số lượng hồ sơ: {setCount} (bộ)' },
    { kind: 'text', template: '3. Thời gian giải quyết hồ sơ theo quy định: {timeLimit}' },
    { kind: 'text', template: '4. Thời gian nhận hồ sơ: {receivedAt}' },
    { kind: 'text', template: '5. Thời gian trả kết quả giải quyết hồ sơ: {appointmentAt}' },
    { kind: 'text', template: '6. Đăng ký nhận kết quả tại: {resultDelivery}' },
    { kind: 'list', heading: '7. Phí, lệ phí:', source: 'fees', emptyText: 'Không' },
    {
      kind: 'text',
      template: 'Vào Sổ theo dõi hồ sơ, Quyển số: {registerBook}, Số thứ tự: {registerNumber}',
    },
    { kind: 'text', template: 'Mã tra cứu hồ sơ: {lookupSecret}', when: 'lookupSecret' },
    {
      kind: 'signatures',
      signers: [
        { title: 'NGƯỜI NỘP HỒ SƠ', titleField: null, hint: SIGN_HINT, nameField: 'applicantName' },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', titleField: null, hint: SIGN_HINT, nameField: 'receiverName' },
      ],
    },
    {
      kind: 'notes',
      heading: 'Ghi chú:',
      lines: [
        {
          template:
            '- Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: 01 liên giao cho cá nhân, tổ chức nộp hồ sơ; 01 liên lưu tại Bộ phận Tiếp nhận và Trả kết quả.',
        },
        { template: '- Tra cứu tình hình giải quyết hồ sơ tại {lookupUrl} hoặc quét mã QR.' },
      ],
    },
  ],
};

export const SUPPLEMENT_REQUEST_2018: FormDefinition = {
  number: '02',
  kind: 'supplement-request',
  title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  paper: A5,
  reference: REFERENCE,
  hasPlaceDate: true,
  subtitles: [CODE_SUBTITLE],
  qr: QR,
  sections: [
    { kind: 'text', template: 'Hồ sơ của: {applicantName}' },
    ...APPLICANT_LINES,
    { kind: 'text', template: 'Thời gian nộp hồ sơ: {receivedAt}' },
    {
      kind: 'list',
      heading: 'Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:',
      source: 'supplementItems',
      emptyText: '..........',
    },
    { kind: 'text', template: 'Lý do: {supplementReason}' },
    {
      kind: 'text',
      align: 'justify',
      template:
        'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với {contactName}, số điện thoại {contactPhone} để được hướng dẫn./.',
    },
    {
      kind: 'signatures',
      signers: [{ title: 'NGƯỜI HƯỚNG DẪN', titleField: null, hint: SIGN_HINT, nameField: 'guideName' }],
    },
  ],
};

export const REFUSAL_2018: FormDefinition = {
  number: '03',
  kind: 'refusal',
  title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  paper: A5,
  reference: REFERENCE,
  hasPlaceDate: true,
  subtitles: [CODE_SUBTITLE],
  qr: QR,
  sections: [
    { kind: 'text', template: 'Bộ phận tiếp nhận và trả kết quả: {deskName}' },
    { kind: 'text', template: 'Tiếp nhận hồ sơ của: {applicantName}' },
    ...APPLICANT_LINES,
    {
      kind: 'list',
      heading:
        'Qua xem xét, {deskName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
      source: 'refusalReasons',
      emptyText: '..........',
    },
    { kind: 'text', template: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.' },
    {
      kind: 'signatures',
      signers: [
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', titleField: null, hint: SIGN_HINT, nameField: 'receiverName' },
      ],
    },
  ],
};

// Art. 19.9: the agency that made the dossier late writes it; the desk hands it over.
export const APOLOGY_SECTIONS: readonly SectionSpec[] = [
  { kind: 'text', align: 'center', template: 'Kính gửi: {applicantName}' },
  {
    kind: 'text',
    align: 'justify',
    template:
      'Ngày {receivedDate}, {agencyName} tiếp nhận giải quyết hồ sơ của Ông/Bà, mã hồ sơ {dossierCode}.',
  },
  { kind: 'text', template: 'Nội dung yêu cầu giải quyết: {procedureName}' },
  { kind: 'text', template: 'Thời gian hẹn trả kết quả giải quyết hồ sơ: {appointmentAt}' },
  {
    kind: 'text',
    align: 'justify',
    template:
      'Tuy nhiên đến nay, {agencyName} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn. Lý do: {apologyReason}',
  },
  {
    kind: 'text',
    align: 'justify',
    template:
      'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại cho Ông/Bà. {agencyName} xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào {newAppointmentAt}.',
  },
  { kind: 'text', template: 'Xin trân trọng cảm ơn./.' },
  {
    kind: 'signatures',
    signers: [
      {
        title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
        titleField: 'signerTitle',
        hint: '(Ký, ghi rõ họ tên và đóng dấu)',
        nameField: 'signerName',
      },
    ],
  },
];

export const APOLOGY_2018: FormDefinition = {
  number: '04',
  kind: 'apology',
  title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  paper: A5,
  reference: REFERENCE,
  hasPlaceDate: true,
  subtitles: [],
  qr: QR,
  sections: APOLOGY_SECTIONS,
};

export const HISTORY_COLUMNS: readonly TableColumnSpec<HistoryColumn>[] = [
  { key: 'agencies', header: 'Tên cơ quan', width: 0.21 },
  { key: 'handover', header: 'Thời gian giao, nhận hồ sơ', width: 0.33 },
  { key: 'stepDue', header: 'Hạn xử lý', width: 0.17, align: 'center' },
  {
    key: 'result',
    header: 'Kết quả giải quyết (trước hạn/ đúng hạn/ quá hạn)',
    width: 0.16,
    align: 'center',
  },
  { key: 'note', header: 'Ghi chú', width: 0.13 },
];

export const PROCESS_CONTROL_2018: FormDefinition = {
  number: '05',
  kind: 'process-control',
  title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  paper: A5,
  reference: null,
  hasPlaceDate: false,
  subtitles: [CODE_SUBTITLE],
  qr: QR,
  sections: [
    { kind: 'text', template: 'Kèm theo hồ sơ của: {applicantName}' },
    { kind: 'text', template: 'Nội dung yêu cầu giải quyết: {procedureName}' },
    { kind: 'text', template: 'Cơ quan (bộ phận) giải quyết hồ sơ: {resolvingAgency}' },
    {
      kind: 'list',
      heading: 'Cơ quan phối hợp giải quyết hồ sơ:',
      source: 'coordinatingAgencies',
      emptyText: 'Không',
    },
    { kind: 'text', template: 'Thời gian nhận hồ sơ: {receivedAt}' },
    { kind: 'text', template: 'Thời gian hẹn trả kết quả: {appointmentAt}' },
    { kind: 'text', template: 'Hạn giải quyết theo quy định: {dueAt}' },
    { kind: 'history', columns: HISTORY_COLUMNS },
    {
      kind: 'notes',
      heading: 'Ghi chú:',
      lines: [
        {
          template:
            '- Trường hợp hồ sơ được gửi qua dịch vụ bưu chính thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan bưu chính.',
        },
        { template: '- Kết quả của mỗi bước được xác định so với hạn xử lý của bước đó.' },
      ],
    },
  ],
};

export const REGISTER_COLUMNS: readonly TableColumnSpec<RegisterColumn>[] = [
  { key: 'number', header: 'STT', width: 0.035, align: 'center' },
  { key: 'dossierCode', header: 'Mã hồ sơ', width: 0.125 },
  { key: 'procedure', header: 'Tên thủ tục hành chính', width: 0.115 },
  { key: 'setCount', header: 'Số lượng hồ sơ (bộ)', width: 0.04, align: 'center' },
  { key: 'applicant', header: 'Tên cá nhân, tổ chức', width: 0.085 },
  { key: 'applicantContact', header: 'Địa chỉ, số điện thoại', width: 0.085 },
  { key: 'leadAgency', header: 'Cơ quan chủ trì giải quyết', width: 0.075 },
  { key: 'receivedAt', header: 'Nhận hồ sơ', width: 0.073, align: 'center' },
  { key: 'appointmentAt', header: 'Hẹn trả kết quả', width: 0.073, align: 'center' },
  { key: 'transferredAt', header: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 0.073, align: 'center' },
  { key: 'resultReceivedAt', header: 'Nhận kết quả từ cơ quan giải quyết', width: 0.073, align: 'center' },
  { key: 'returnedAt', header: 'Trả kết quả cho cá nhân, tổ chức', width: 0.073, align: 'center' },
  { key: 'note', header: 'Ghi chú', width: 0.075 },
];

export const REGISTER_2018: FormDefinition = {
  number: '06',
  kind: 'register',
  title: 'Sổ theo dõi hồ sơ',
  paper: A4_LANDSCAPE,
  reference: null,
  hasPlaceDate: false,
  subtitles: [
    { template: 'Năm {registerYear}' },
    { template: 'Quyển số: {registerBook}', when: 'registerBook' },
  ],
  qr: null,
  sections: [
    { kind: 'text', align: 'center', template: '{deskName}' },
    { kind: 'register', columns: REGISTER_COLUMNS },
  ],
};

export const FORM_SET_2018: FormSet = {
  id: 'TT01-2018',
  legalBasis: 'Thông tư số 01/2018/TT-VPCP',
  validFrom: '2019-01-06',
  validTo: '2025-09-14',
  isConfirmed: true,
  note: null,
  forms: [
    RECEIPT_2018,
    SUPPLEMENT_REQUEST_2018,
    REFUSAL_2018,
    APOLOGY_2018,
    PROCESS_CONTROL_2018,
    REGISTER_2018,
  ],
};
