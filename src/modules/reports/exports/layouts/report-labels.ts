// Vietnamese words for the codes the reports carry, as the files show them (a code the list does
// not know is shown as it is).
const LEVEL_LABELS: Readonly<Record<string, string>> = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
};

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  DIRECT: 'Trực tiếp',
  ONLINE: 'Trực tuyến',
  POST: 'Bưu chính',
};

const CLASSIFICATION_LABELS: Readonly<Record<string, string>> = {
  EARLY: 'Trước hạn',
  ON_TIME: 'Đúng hạn',
  LATE: 'Quá hạn',
};

export const labelOfLevel = (code: string): string => LEVEL_LABELS[code] ?? code;
export const labelOfChannel = (code: string): string => CHANNEL_LABELS[code] ?? code;
export const labelOfClassification = (code: string | null): string | null =>
  code === null ? null : (CLASSIFICATION_LABELS[code] ?? code);
