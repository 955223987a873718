// The nine indices by which a citizen rates the handling of a dossier (Decree 61/2018 art. 27–32;
// Circular 01/2018/TT-VPCP art. 12, "Bộ chỉ số đánh giá việc giải quyết thủ tục hành chính"),
// each scored 2, 1 or 0, so a rating totals 0–18. Data, not code: a later circular that rewords
// an index or its scale changes this table.
//
// Confirmed: the nine names and their order, and the scale of indices 1–4, as published on
// provinces' rating forms after the circular. The wording of the 2/1/0 meanings of indices 5–9
// is a close paraphrase awaiting a check against the circular's text (`isWordingConfirmed`).
export const EVALUATION_SCORES = [0, 1, 2] as const;
export type EvaluationScore = (typeof EVALUATION_SCORES)[number];

export const EVALUATION_INDEX_CODES = [
  'totalTime',
  'agencyTime',
  'deskContacts',
  'agenciesContacted',
  'oneStopHandling',
  'publicity',
  'staffAttitude',
  'feedbackHandling',
  'onlineService',
] as const;
export type EvaluationIndexCode = (typeof EVALUATION_INDEX_CODES)[number];

export interface EvaluationIndex {
  readonly number: number; // 1–9, as the circular lists them
  readonly code: EvaluationIndexCode;
  readonly label: string;
  // What each score means, best first.
  readonly meanings: { readonly [Score in EvaluationScore]: string };
  readonly isWordingConfirmed: boolean;
}

export const EVALUATION_INDICES = [
  {
    number: 1,
    code: 'totalTime',
    label:
      'Tổng thời gian giải quyết thủ tục hành chính so với thời gian cho phép theo quy định của pháp luật',
    meanings: {
      2: 'Tổng thời gian ngắn hơn so với quy định',
      1: 'Tổng thời gian bằng so với quy định',
      0: 'Tổng thời gian dài hơn so với quy định',
    },
    isWordingConfirmed: true,
  },
  {
    number: 2,
    code: 'agencyTime',
    label:
      'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp) so với quy định',
    meanings: {
      2: 'Cơ quan, đơn vị xử lý ngắn hơn so với hạn quy định',
      1: 'Cơ quan, đơn vị xử lý bằng so với hạn quy định',
      0: 'Cơ quan, đơn vị xử lý dài hơn so với hạn quy định',
    },
    isWordingConfirmed: true,
  },
  {
    number: 3,
    code: 'deskContacts',
    label:
      'Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ theo hình thức trực tuyến)',
    meanings: {
      2: 'Không phải liên hệ với nơi tiếp nhận hồ sơ lần nào để hoàn thiện hồ sơ',
      1: 'Chỉ phải một lần liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ',
      0: 'Phải hơn một lần liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ, trừ trường hợp nguyên nhân do lỗi của người nộp hồ sơ',
    },
    isWordingConfirmed: true,
  },
  {
    number: 4,
    code: 'agenciesContacted',
    label:
      'Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ theo hình thức trực tuyến)',
    meanings: {
      2: 'Không phải liên hệ với cơ quan, đơn vị, tổ chức nào để hoàn thiện hồ sơ',
      1: 'Phải liên hệ với một cơ quan, đơn vị, tổ chức để hoàn thiện hồ sơ',
      0: 'Phải liên hệ với hai cơ quan, đơn vị, tổ chức trở lên để hoàn thiện hồ sơ',
    },
    isWordingConfirmed: true,
  },
  {
    number: 5,
    code: 'oneStopHandling',
    label: 'Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa',
    meanings: {
      2: 'Hồ sơ được tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa đúng quy định',
      1: 'Hồ sơ được tiếp nhận, trả kết quả tại Bộ phận Một cửa nhưng có bước phải liên hệ trực tiếp với cơ quan giải quyết',
      0: 'Hồ sơ không được tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa',
    },
    isWordingConfirmed: false,
  },
  {
    number: 6,
    code: 'publicity',
    label: 'Công khai các thủ tục hành chính',
    meanings: {
      2: 'Thủ tục hành chính được công khai đầy đủ, chính xác theo quy định',
      1: 'Thủ tục hành chính được công khai nhưng chưa đầy đủ hoặc chưa chính xác',
      0: 'Thủ tục hành chính không được công khai',
    },
    isWordingConfirmed: false,
  },
  {
    number: 7,
    code: 'staffAttitude',
    label:
      'Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính',
    meanings: {
      2: 'Cán bộ, công chức, viên chức nhiệt tình, chu đáo, hướng dẫn đầy đủ',
      1: 'Cán bộ, công chức, viên chức chưa nhiệt tình, hướng dẫn chưa đầy đủ',
      0: 'Cán bộ, công chức, viên chức có thái độ sách nhiễu, gây phiền hà',
    },
    isWordingConfirmed: false,
  },
  {
    number: 8,
    code: 'feedbackHandling',
    label: 'Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân',
    meanings: {
      2: 'Không có phản ánh, kiến nghị, hoặc phản ánh, kiến nghị được tiếp thu, giải trình đầy đủ, kịp thời',
      1: 'Phản ánh, kiến nghị được tiếp thu, giải trình nhưng chưa đầy đủ hoặc chưa kịp thời',
      0: 'Phản ánh, kiến nghị không được tiếp thu, giải trình',
    },
    isWordingConfirmed: false,
  },
  {
    number: 9,
    code: 'onlineService',
    label: 'Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền',
    meanings: {
      2: 'Dịch vụ công trực tuyến được cung cấp đúng tiến độ, bảo đảm chất lượng',
      1: 'Dịch vụ công trực tuyến được cung cấp nhưng chưa đúng tiến độ hoặc chưa bảo đảm chất lượng',
      0: 'Dịch vụ công trực tuyến không được cung cấp theo quy định',
    },
    isWordingConfirmed: false,
  },
] as const satisfies readonly EvaluationIndex[];

export const MAX_EVALUATION_TOTAL = EVALUATION_INDICES.length * 2;

export type EvaluationScores = { readonly [Code in EvaluationIndexCode]: EvaluationScore };

export function isEvaluationScore(value: unknown): value is EvaluationScore {
  return (EVALUATION_SCORES as readonly unknown[]).includes(value);
}

export function totalOf(scores: EvaluationScores): number {
  return EVALUATION_INDEX_CODES.reduce((sum, code) => sum + scores[code], 0);
}

export function describeScore(code: EvaluationIndexCode, score: EvaluationScore): string {
  const index = EVALUATION_INDICES.find((candidate) => candidate.code === code)!;
  return index.meanings[score];
}
