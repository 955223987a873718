import { type FormSet } from './form-set';
import {
  APOLOGY_SECTIONS,
  APPLICANT_LINES,
  PROCESS_CONTROL_2018,
  RECEIPT_2018,
  REFUSAL_2018,
  REGISTER_2018,
  SUPPLEMENT_REQUEST_2018,
} from './form-set-2018';

// Circular 03/2025/TT-VPCP (with Decree 118/2025/NĐ-CP): seven forms, a stop notice added as
// Mẫu 05 and the control sheet and register renumbered 06 and 07. The numbering and titles
// follow a secondary source and the wording is carried over from 2018 until the appendix is
// read: unconfirmed, and correcting it is a change of this data only.
export const FORM_SET_2025: FormSet = {
  id: 'TT03-2025',
  legalBasis: 'Thông tư số 03/2025/TT-VPCP',
  validFrom: '2025-09-15',
  validTo: null,
  isConfirmed: false,
  note: 'Số hiệu và tên mẫu theo nguồn thứ cấp; nội dung giữ theo Thông tư 01/2018 cho đến khi đối chiếu văn bản gốc.',
  forms: [
    { ...RECEIPT_2018, number: '01' },
    { ...SUPPLEMENT_REQUEST_2018, number: '02' },
    { ...REFUSAL_2018, number: '03' },
    {
      number: '04',
      kind: 'apology',
      title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
      paper: { size: 'A5', orientation: 'portrait' },
      reference: { template: 'Số: {documentNumber}' },
      hasPlaceDate: true,
      subtitles: [],
      qr: { caption: 'Quét mã để tra cứu hồ sơ' },
      sections: APOLOGY_SECTIONS,
    },
    {
      number: '05',
      kind: 'stop-notice',
      title: 'Thông báo dừng giải quyết hồ sơ',
      paper: { size: 'A5', orientation: 'portrait' },
      reference: { template: 'Số: {documentNumber}' },
      hasPlaceDate: true,
      subtitles: [{ template: 'Mã hồ sơ: {dossierCode}' }],
      qr: { caption: 'Quét mã để tra cứu hồ sơ' },
      sections: [
        { kind: 'text', align: 'center', template: 'Kính gửi: {applicantName}' },
        ...APPLICANT_LINES,
        { kind: 'text', template: 'Thời gian nhận hồ sơ: {receivedAt}' },
        {
          kind: 'text',
          align: 'justify',
          template:
            '{agencyName} thông báo dừng giải quyết hồ sơ nêu trên kể từ {stoppedAt}. Lý do: {stopReason}',
        },
        { kind: 'text', template: 'Xin thông báo cho Ông/Bà được biết./.' },
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
      ],
    },
    { ...PROCESS_CONTROL_2018, number: '06' },
    { ...REGISTER_2018, number: '07' },
  ],
};
