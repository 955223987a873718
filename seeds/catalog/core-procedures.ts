import { type Fee } from '../../src/modules/catalog/procedures/domain/procedure-content';
import { type CoreProcedureSeed, type DocumentSeed } from './core-procedure-seed';

// The curated core: real, commonly used procedures of a province's catalog (2020 rules), with
// their time limits, documents and fees. Names follow the national procedure database; national
// codes are given only where they were verified (else null, and the catalog code is LOCAL.…).
// Time limits and fees cite their legal text; where a figure is set by the provincial People's
// Council the fee is a rule, not an amount. Route allotments per step follow the cited decree
// where it splits the time, else they are an illustrative internal allocation. This is reference
// data for development and tests: check it against the province's publication decisions before
// production use.

const SAME_DAY_NOTE =
  'Ngay trong ngày tiếp nhận; nhận sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo';
const ALL_CHANNELS = ['DIRECT', 'ONLINE', 'POST'] as const;
const DESK_AND_POST = ['DIRECT', 'POST'] as const;

const identityPapers: DocumentSeed = {
  name: 'Giấy tờ tùy thân có ảnh của người yêu cầu (hộ chiếu, chứng minh nhân dân hoặc thẻ căn cước công dân)',
  form: 'PRESENT_ORIGINAL',
};
const authorisation: DocumentSeed = {
  name: 'Văn bản ủy quyền theo quy định của pháp luật',
  form: 'CERTIFIED_COPY',
  condition: 'Trường hợp ủy quyền thực hiện thủ tục',
};
const civilStatusFeeByCouncil: Fee = {
  kind: 'CHARGE',
  description: 'Lệ phí hộ tịch',
  amountVnd: null,
  rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh (Thông tư 85/2019/TT-BTC)',
  collector: 'Ủy ban nhân dân cấp xã',
};
const CIVIL_STATUS_LAW =
  'Luật Hộ tịch năm 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP; Thông tư 85/2019/TT-BTC';
const CERTIFICATION_LAW = 'Nghị định 23/2015/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC';
const ENTERPRISE_LAW = 'Luật Doanh nghiệp năm 2014; Nghị định 78/2015/NĐ-CP; Thông tư 47/2019/TT-BTC';
const enterpriseFees: Fee[] = [
  {
    kind: 'CHARGE',
    description: 'Lệ phí đăng ký doanh nghiệp',
    amountVnd: 50_000,
    rule: 'Miễn lệ phí khi đăng ký qua mạng điện tử (Thông tư 47/2019/TT-BTC)',
    collector: 'Phòng Đăng ký kinh doanh',
  },
  {
    kind: 'FEE',
    description: 'Phí công bố nội dung đăng ký doanh nghiệp',
    amountVnd: 100_000,
    rule: null,
    collector: 'Phòng Đăng ký kinh doanh',
  },
];
const householdBusinessFee: Fee = {
  kind: 'CHARGE',
  description: 'Lệ phí đăng ký hộ kinh doanh',
  amountVnd: null,
  rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
  collector: 'Ủy ban nhân dân cấp huyện',
};

function enterprise(localKey: string, name: string, kind: string): CoreProcedureSeed {
  return {
    localKey,
    nationalCode: null,
    name,
    sector: 'PY-DN',
    implementations: [{ level: 'PROVINCE', agencyKey: 'PY-DEPT-SKHDT', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 4,
    onlineMode: 'FULL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Giấy đề nghị đăng ký doanh nghiệp',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 02/2019/TT-BKHĐT',
      },
      ...(kind === 'private'
        ? [
            {
              name: 'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân',
              form: 'COPY' as const,
            },
          ]
        : [
            { name: 'Điều lệ công ty', form: 'ORIGINAL' as const },
            {
              name:
                kind === 'joint-stock'
                  ? 'Danh sách cổ đông sáng lập và cổ đông là nhà đầu tư nước ngoài'
                  : 'Bản sao giấy tờ pháp lý của cá nhân hoặc tổ chức là chủ sở hữu công ty',
              form: 'COPY' as const,
            },
          ]),
    ],
    fees: enterpriseFees,
    resultType: 'Giấy chứng nhận đăng ký doanh nghiệp',
    resultElectronic: true,
    legalBasis: ENTERPRISE_LAW,
    applicants: 'Cá nhân, tổ chức',
  };
}

export const CORE_PROCEDURES: readonly CoreProcedureSeed[] = [
  // ---- Hộ tịch (Luật Hộ tịch 2014), Ủy ban nhân dân cấp xã
  {
    localKey: 'LOCAL.HT-KHAISINH',
    nationalCode: '1.001193',
    name: 'Đăng ký khai sinh',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 16: ngay sau khi nhận đủ giấy tờ.
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Tờ khai đăng ký khai sinh theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      {
        name: 'Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh',
        form: 'ORIGINAL',
      },
      identityPapers,
      authorisation,
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký khai sinh',
        amountVnd: 0,
        rule: 'Miễn lệ phí khi đăng ký đúng hạn (Luật Hộ tịch art. 11)',
        collector: null,
      },
    ],
    resultType: 'Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu có yêu cầu',
    legalBasis: CIVIL_STATUS_LAW,
    applicants: 'Cha, mẹ hoặc người thân thích của trẻ',
  },
  {
    localKey: 'LOCAL.HT-KETHON',
    nationalCode: '1.000894',
    name: 'Đăng ký kết hôn',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 18: ngay khi đủ điều kiện; cần xác minh: không quá 05 ngày làm việc.
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [5, 'WORKING_DAYS'],
        timeLimitNote:
          'Ngay sau khi nhận đủ giấy tờ nếu đủ điều kiện; trường hợp cần xác minh thì không quá 05 ngày làm việc',
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Tờ khai đăng ký kết hôn theo mẫu', form: 'ORIGINAL', templateRef: 'Thông tư 04/2020/TT-BTP' },
      {
        name: 'Giấy xác nhận tình trạng hôn nhân',
        form: 'ORIGINAL',
        condition: 'Khi đăng ký kết hôn tại nơi không phải nơi thường trú',
      },
      identityPapers,
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký kết hôn',
        amountVnd: 0,
        rule: 'Miễn lệ phí cho công dân Việt Nam cư trú trong nước (Luật Hộ tịch art. 11)',
        collector: null,
      },
    ],
    resultType: 'Giấy chứng nhận kết hôn',
    legalBasis: CIVIL_STATUS_LAW,
    applicants: 'Hai bên nam, nữ',
  },
  {
    localKey: 'LOCAL.HT-KHAITU',
    nationalCode: '1.000656',
    name: 'Đăng ký khai tử',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 34: ngay; cần xác minh: không quá 03 ngày làm việc.
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [3, 'WORKING_DAYS'],
        timeLimitNote: 'Ngay sau khi nhận đủ giấy tờ; trường hợp cần xác minh thì không quá 03 ngày làm việc',
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Tờ khai đăng ký khai tử theo mẫu', form: 'ORIGINAL', templateRef: 'Thông tư 04/2020/TT-BTP' },
      { name: 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', form: 'ORIGINAL' },
      identityPapers,
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký khai tử',
        amountVnd: 0,
        rule: 'Miễn lệ phí khi đăng ký đúng hạn (Luật Hộ tịch art. 11)',
        collector: null,
      },
    ],
    resultType: 'Trích lục khai tử (bản chính)',
    legalBasis: CIVIL_STATUS_LAW,
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích của người chết',
  },
  {
    localKey: 'LOCAL.HT-TRICHLUC',
    nationalCode: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    sector: 'PY-HT',
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      identityPapers,
      authorisation,
    ],
    fees: [
      {
        kind: 'FEE',
        description: 'Phí cấp bản sao trích lục hộ tịch',
        amountVnd: 8_000,
        rule: '8.000 đồng/bản sao trích lục (Thông tư 281/2016/TT-BTC)',
        collector: 'Ủy ban nhân dân cấp xã',
      },
    ],
    resultType: 'Bản sao trích lục hộ tịch',
    legalBasis: `${CIVIL_STATUS_LAW}; Thông tư 281/2016/TT-BTC`,
  },
  {
    localKey: 'LOCAL.HT-TTHN',
    nationalCode: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    sector: 'PY-HT',
    // Nghị định 123/2015 art. 22: 03 ngày làm việc.
    implementations: [{ level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      {
        name: 'Giấy tờ chứng minh việc ly hôn hoặc việc vợ/chồng đã chết',
        form: 'COPY',
        condition: 'Nếu người yêu cầu đã từng kết hôn',
      },
      identityPapers,
    ],
    fees: [civilStatusFeeByCouncil],
    resultType: 'Giấy xác nhận tình trạng hôn nhân',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-DKLKS',
    nationalCode: '1.004884',
    name: 'Đăng ký lại khai sinh',
    sector: 'PY-HT',
    // Nghị định 123/2015 art. 27: 05 ngày làm việc.
    implementations: [{ level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [5, 'WORKING_DAYS'] }],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      {
        name: 'Tờ khai đăng ký lại khai sinh theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      {
        name: 'Bản sao Giấy khai sinh hoặc giấy tờ có thông tin về họ tên, ngày sinh, nơi sinh',
        form: 'COPY',
      },
      identityPapers,
    ],
    fees: [civilStatusFeeByCouncil],
    resultType: 'Giấy khai sinh (bản chính)',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-GIAMHO',
    nationalCode: '1.004837',
    name: 'Đăng ký giám hộ',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 20: 03 ngày làm việc.
    implementations: [{ level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      { name: 'Tờ khai đăng ký giám hộ theo mẫu', form: 'ORIGINAL', templateRef: 'Thông tư 04/2020/TT-BTP' },
      { name: 'Văn bản cử người giám hộ', form: 'ORIGINAL', condition: 'Trường hợp giám hộ cử' },
      identityPapers,
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký giám hộ',
        amountVnd: 0,
        rule: 'Miễn lệ phí (Luật Hộ tịch art. 11)',
        collector: null,
      },
    ],
    resultType: 'Trích lục đăng ký giám hộ',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-NHANCMC',
    nationalCode: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 25: 03 ngày làm việc (xác minh: thêm không quá 05 ngày làm việc).
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [3, 'WORKING_DAYS'],
        timeLimitNote: 'Trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc',
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      {
        name: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      { name: 'Chứng cứ chứng minh quan hệ cha, mẹ, con', form: 'ORIGINAL_OR_CERTIFIED_COPY' },
      identityPapers,
    ],
    fees: [civilStatusFeeByCouncil],
    resultType: 'Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-KSNCMC',
    nationalCode: '1.000689',
    name: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
    sector: 'PY-HT',
    implementations: [{ level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      {
        name: 'Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      { name: 'Giấy chứng sinh hoặc giấy tờ thay thế', form: 'ORIGINAL' },
      { name: 'Chứng cứ chứng minh quan hệ cha, mẹ, con', form: 'ORIGINAL_OR_CERTIFIED_COPY' },
      identityPapers,
    ],
    fees: [civilStatusFeeByCouncil],
    resultType: 'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-KSNN',
    nationalCode: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 36: ngay sau khi nhận đủ giấy tờ.
    implementations: [
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      {
        name: 'Tờ khai đăng ký khai sinh theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 04/2020/TT-BTP',
      },
      { name: 'Giấy chứng sinh hoặc giấy tờ thay thế', form: 'ORIGINAL' },
      {
        name: 'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con',
        form: 'ORIGINAL',
        condition: 'Khi cha hoặc mẹ là người nước ngoài và chọn quốc tịch nước ngoài cho con',
      },
      identityPapers,
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký khai sinh có yếu tố nước ngoài',
        amountVnd: null,
        rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
        collector: 'Ủy ban nhân dân cấp huyện',
      },
    ],
    resultType: 'Giấy khai sinh (bản chính)',
    legalBasis: CIVIL_STATUS_LAW,
  },
  {
    localKey: 'LOCAL.HT-KHNN',
    nationalCode: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    sector: 'PY-HT',
    // Luật Hộ tịch art. 38; Nghị định 123/2015 art. 32: 15 ngày làm việc.
    implementations: [
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [15, 'WORKING_DAYS'],
        route: [
          {
            sequence: 1,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Phòng Tư pháp',
            task: 'Nghiên cứu, thẩm tra hồ sơ, xác minh nếu cần; báo cáo Chủ tịch UBND cấp huyện',
            allotted: [13, 'WORKING_DAYS'],
          },
          {
            sequence: 2,
            level: 'DISTRICT',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Chủ tịch UBND cấp huyện ký Giấy chứng nhận kết hôn',
            allotted: [2, 'WORKING_DAYS'],
            isLead: true,
          },
        ],
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: ['DIRECT'],
    documents: [
      { name: 'Tờ khai đăng ký kết hôn theo mẫu', form: 'ORIGINAL', templateRef: 'Thông tư 04/2020/TT-BTP' },
      {
        name: 'Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi',
        form: 'ORIGINAL',
      },
      { name: 'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài', form: 'ORIGINAL' },
      { name: 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài', form: 'COPY' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài',
        amountVnd: null,
        rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
        collector: 'Ủy ban nhân dân cấp huyện',
      },
    ],
    resultType: 'Giấy chứng nhận kết hôn',
    legalBasis: CIVIL_STATUS_LAW,
  },
  // ---- Chứng thực (Nghị định 23/2015), cấp xã và Phòng Tư pháp cấp huyện
  {
    localKey: 'LOCAL.CT-BANSAO',
    nationalCode: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    sector: 'PY-CT',
    // Nghị định 23/2015 art. 21: trong ngày; sau 15 giờ thì ngày làm việc tiếp theo.
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: ['DIRECT'],
    documents: [
      { name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', form: 'PRESENT_ORIGINAL' },
      { name: 'Bản sao cần chứng thực', form: 'COPY', condition: 'Nếu người yêu cầu tự chuẩn bị bản sao' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí chứng thực bản sao từ bản chính',
        amountVnd: null,
        rule: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC)',
        collector: 'Cơ quan thực hiện chứng thực',
      },
    ],
    resultType: 'Bản sao được chứng thực từ bản chính',
    legalBasis: CERTIFICATION_LAW,
  },
  {
    localKey: 'LOCAL.CT-CHUKY',
    nationalCode: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    sector: 'PY-CT',
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: SAME_DAY_NOTE,
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: ['DIRECT'],
    documents: [identityPapers, { name: 'Giấy tờ, văn bản mà mình sẽ ký', form: 'ORIGINAL' }],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí chứng thực chữ ký',
        amountVnd: 10_000,
        rule: '10.000 đồng/trường hợp (Thông tư 226/2016/TT-BTC)',
        collector: 'Cơ quan thực hiện chứng thực',
      },
    ],
    resultType: 'Giấy tờ, văn bản được chứng thực chữ ký',
    legalBasis: CERTIFICATION_LAW,
  },
  {
    localKey: 'LOCAL.CT-HOPDONG',
    nationalCode: null,
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    sector: 'PY-CT',
    // Nghị định 23/2015 art. 37: không quá 02 ngày làm việc.
    implementations: [{ level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [2, 'WORKING_DAYS'] }],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: ['DIRECT'],
    documents: [
      { name: 'Dự thảo hợp đồng, giao dịch', form: 'ORIGINAL' },
      { name: 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', form: 'COPY' },
      {
        name: 'Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế',
        form: 'COPY',
        condition: 'Hợp đồng, giao dịch liên quan đến tài sản có đăng ký quyền sở hữu, quyền sử dụng',
      },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí chứng thực hợp đồng, giao dịch',
        amountVnd: 50_000,
        rule: '50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC)',
        collector: 'Ủy ban nhân dân cấp xã',
      },
    ],
    resultType: 'Hợp đồng, giao dịch được chứng thực',
    legalBasis: CERTIFICATION_LAW,
  },
  // ---- Lý lịch tư pháp, Sở Tư pháp, with the provincial police (a route at province level)
  {
    localKey: 'LOCAL.LLTP-CONGDAN',
    nationalCode: null,
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sector: 'PY-LLTP',
    // Luật Lý lịch tư pháp 2009 art. 48: không quá 10 ngày.
    implementations: [
      {
        level: 'PROVINCE',
        agencyKey: 'PY-DEPT-STP',
        timeLimit: [10, 'CALENDAR_DAYS'],
        timeLimitNote:
          'Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ; trường hợp cần xác minh thêm: không quá 15 ngày',
        route: [
          {
            sequence: 1,
            level: 'PROVINCE',
            agencyKey: 'PY-DEPT-STP',
            task: 'Tiếp nhận, tra cứu cơ sở dữ liệu lý lịch tư pháp, đề nghị Công an tỉnh tra cứu thông tin án tích',
            allotted: [2, 'CALENDAR_DAYS'],
            isLead: true,
          },
          {
            sequence: 2,
            level: 'PROVINCE',
            agencyKind: 'DEPARTMENT',
            agencyLabel: 'Công an tỉnh (Phòng Hồ sơ nghiệp vụ)',
            task: 'Tra cứu thông tin về án tích, trả lời Sở Tư pháp',
            allotted: [6, 'CALENDAR_DAYS'],
          },
          {
            sequence: 3,
            level: 'PROVINCE',
            agencyKey: 'PY-DEPT-STP',
            task: 'Lập và ký Phiếu lý lịch tư pháp',
            allotted: [2, 'CALENDAR_DAYS'],
          },
        ],
      },
    ],
    serviceLevel: 4,
    onlineMode: 'FULL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 13/2011/TT-BTP',
      },
      { name: 'Bản chụp giấy chứng minh nhân dân, thẻ căn cước công dân hoặc hộ chiếu', form: 'COPY' },
      { name: 'Bản chụp sổ hộ khẩu hoặc giấy chứng nhận thường trú, tạm trú', form: 'COPY' },
    ],
    fees: [
      {
        kind: 'FEE',
        description: 'Phí cung cấp thông tin lý lịch tư pháp',
        amountVnd: 200_000,
        rule: '200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng (Thông tư 244/2016/TT-BTC)',
        collector: 'Sở Tư pháp',
      },
    ],
    resultType: 'Phiếu lý lịch tư pháp số 1 hoặc số 2',
    resultElectronic: false,
    legalBasis: 'Luật Lý lịch tư pháp năm 2009; Nghị định 111/2010/NĐ-CP; Thông tư 244/2016/TT-BTC',
    applicants: 'Công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  },
  {
    localKey: 'LOCAL.NCN-TRONGNUOC',
    nationalCode: '2.001263',
    name: 'Đăng ký việc nuôi con nuôi trong nước',
    sector: 'PY-NCN',
    // Luật Nuôi con nuôi 2010 art. 19: 30 ngày.
    implementations: [
      { level: 'COMMUNE', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [30, 'CALENDAR_DAYS'] },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: ['DIRECT'],
    documents: [
      { name: 'Đơn xin nhận con nuôi theo mẫu', form: 'ORIGINAL' },
      { name: 'Phiếu lý lịch tư pháp của người nhận con nuôi', form: 'ORIGINAL' },
      { name: 'Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi', form: 'ORIGINAL' },
      { name: 'Giấy khai sinh của người được giới thiệu làm con nuôi', form: 'CERTIFIED_COPY' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí đăng ký nuôi con nuôi trong nước',
        amountVnd: 400_000,
        rule: 'Nghị định 114/2016/NĐ-CP; miễn trong các trường hợp luật định',
        collector: 'Ủy ban nhân dân cấp xã',
      },
    ],
    resultType: 'Giấy chứng nhận việc nuôi con nuôi',
    legalBasis: 'Luật Nuôi con nuôi năm 2010; Nghị định 19/2011/NĐ-CP; Nghị định 114/2016/NĐ-CP',
  },
  // ---- Doanh nghiệp, Sở Kế hoạch và Đầu tư (Phòng Đăng ký kinh doanh)
  enterprise('LOCAL.DN-DNTN', 'Đăng ký thành lập doanh nghiệp tư nhân', 'private'),
  enterprise(
    'LOCAL.DN-TNHH1TV',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    'one-member',
  ),
  enterprise('LOCAL.DN-CP', 'Đăng ký thành lập công ty cổ phần', 'joint-stock'),
  // ---- Hộ kinh doanh, Ủy ban nhân dân cấp huyện (Phòng Tài chính - Kế hoạch)
  {
    localKey: 'LOCAL.HKD-THANHLAP',
    nationalCode: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    sector: 'PY-HKD',
    // Nghị định 78/2015 art. 71: 03 ngày làm việc.
    implementations: [{ level: 'DISTRICT', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Giấy đề nghị đăng ký hộ kinh doanh',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 02/2019/TT-BKHĐT',
      },
      { name: 'Bản sao giấy tờ pháp lý của cá nhân của các thành viên hộ gia đình', form: 'COPY' },
    ],
    fees: [householdBusinessFee],
    resultType: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: 'Nghị định 78/2015/NĐ-CP; Thông tư 02/2019/TT-BKHĐT',
  },
  {
    localKey: 'LOCAL.HKD-THAYDOI',
    nationalCode: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    sector: 'PY-HKD',
    implementations: [{ level: 'DISTRICT', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', form: 'ORIGINAL' },
      { name: 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', form: 'ORIGINAL' },
    ],
    fees: [householdBusinessFee],
    resultType: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    legalBasis: 'Nghị định 78/2015/NĐ-CP; Thông tư 02/2019/TT-BKHĐT',
  },
  {
    localKey: 'LOCAL.HKD-CHAMDUT',
    nationalCode: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    sector: 'PY-HKD',
    implementations: [{ level: 'DISTRICT', agencyKind: 'PEOPLES_COMMITTEE', timeLimit: [3, 'WORKING_DAYS'] }],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Thông báo chấm dứt hoạt động hộ kinh doanh', form: 'ORIGINAL' },
      { name: 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', form: 'ORIGINAL' },
    ],
    fees: [],
    resultType: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
    legalBasis: 'Nghị định 78/2015/NĐ-CP',
  },
  // ---- Đất đai: routes through the land registration office and the tax office
  {
    localKey: 'LOCAL.DD-BIENDONG',
    nationalCode: null,
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    sector: 'PY-DD',
    // Nghị định 43/2014 art. 61 (Nghị định 01/2017): không quá 10 ngày, không tính thời gian
    // thực hiện nghĩa vụ tài chính; Thông tư liên tịch 88/2016: thông tin địa chính cho thuế.
    implementations: [
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [10, 'WORKING_DAYS'],
        timeLimitNote: 'Không tính thời gian người sử dụng đất thực hiện nghĩa vụ tài chính',
        route: [
          {
            sequence: 1,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi nhánh Văn phòng đăng ký đất đai',
            task: 'Kiểm tra hồ sơ, gửi phiếu chuyển thông tin địa chính đến cơ quan thuế',
            allotted: [3, 'WORKING_DAYS'],
            isLead: true,
          },
          {
            sequence: 2,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi cục Thuế',
            task: 'Xác định và thông báo nghĩa vụ tài chính',
            allotted: [3, 'WORKING_DAYS'],
          },
          {
            sequence: 3,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi nhánh Văn phòng đăng ký đất đai',
            task: 'Xác nhận nội dung biến động, chỉnh lý hồ sơ địa chính, trao Giấy chứng nhận',
            allotted: [4, 'WORKING_DAYS'],
          },
        ],
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 09/ĐK', form: 'ORIGINAL' },
      {
        name: 'Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn',
        form: 'ORIGINAL',
      },
      { name: 'Bản gốc Giấy chứng nhận đã cấp', form: 'ORIGINAL' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí cấp Giấy chứng nhận; phí thẩm định hồ sơ',
        amountVnd: null,
        rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
        collector: 'Chi nhánh Văn phòng đăng ký đất đai',
      },
    ],
    resultType: 'Giấy chứng nhận đã xác nhận biến động hoặc Giấy chứng nhận mới',
    legalBasis:
      'Luật Đất đai năm 2013; Nghị định 43/2014/NĐ-CP; Nghị định 01/2017/NĐ-CP; Thông tư 24/2014/TT-BTNMT',
  },
  {
    localKey: 'LOCAL.DD-LANDAU',
    nationalCode: null,
    name: 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu',
    sector: 'PY-DD',
    // Nghị định 43/2014 art. 61 (Nghị định 01/2017): không quá 30 ngày. Received at the commune,
    // which certifies the land's origin and posts the list; resolved at the district.
    implementations: [
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [30, 'WORKING_DAYS'],
        timeLimitNote: 'Không tính thời gian niêm yết công khai và thời gian thực hiện nghĩa vụ tài chính',
        route: [
          {
            sequence: 1,
            level: 'COMMUNE',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Xác nhận hiện trạng, nguồn gốc, thời điểm sử dụng đất và tình trạng tranh chấp; gửi hồ sơ lên cấp huyện',
            allotted: [10, 'WORKING_DAYS'],
          },
          {
            sequence: 2,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi nhánh Văn phòng đăng ký đất đai',
            task: 'Kiểm tra hồ sơ, trích đo địa chính, gửi thông tin địa chính đến cơ quan thuế',
            allotted: [8, 'WORKING_DAYS'],
          },
          {
            sequence: 3,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi cục Thuế',
            task: 'Xác định và thông báo nghĩa vụ tài chính',
            allotted: [3, 'WORKING_DAYS'],
          },
          {
            sequence: 4,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Phòng Tài nguyên và Môi trường',
            task: 'Thẩm định, trình Ủy ban nhân dân cấp huyện cấp Giấy chứng nhận',
            allotted: [5, 'WORKING_DAYS'],
          },
          {
            sequence: 5,
            level: 'DISTRICT',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Ký Giấy chứng nhận',
            allotted: [3, 'WORKING_DAYS'],
            isLead: true,
          },
          {
            sequence: 6,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Chi nhánh Văn phòng đăng ký đất đai',
            task: 'Cập nhật hồ sơ địa chính, chuyển Giấy chứng nhận về nơi nộp hồ sơ',
            allotted: [1, 'WORKING_DAYS'],
          },
        ],
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      { name: 'Đơn đăng ký, cấp Giấy chứng nhận theo Mẫu số 04a/ĐK', form: 'ORIGINAL' },
      {
        name: 'Một trong các loại giấy tờ về quyền sử dụng đất (Luật Đất đai art. 100)',
        form: 'CERTIFIED_COPY',
      },
      { name: 'Chứng từ thực hiện nghĩa vụ tài chính', form: 'COPY', condition: 'Nếu có' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí cấp Giấy chứng nhận; phí thẩm định hồ sơ',
        amountVnd: null,
        rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
        collector: 'Chi nhánh Văn phòng đăng ký đất đai',
      },
    ],
    resultType: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    legalBasis:
      'Luật Đất đai năm 2013; Nghị định 43/2014/NĐ-CP; Nghị định 01/2017/NĐ-CP; Thông tư 24/2014/TT-BTNMT',
  },
  // ---- Xây dựng, Ủy ban nhân dân cấp huyện
  {
    localKey: 'LOCAL.XD-GPXD-NHARIENGLE',
    nationalCode: null,
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    sector: 'PY-XD',
    // Luật Xây dựng 2014 art. 102: 15 ngày đối với nhà ở riêng lẻ.
    implementations: [
      {
        level: 'DISTRICT',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [15, 'WORKING_DAYS'],
        route: [
          {
            sequence: 1,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Phòng Quản lý đô thị (Phòng Kinh tế và Hạ tầng)',
            task: 'Thẩm định hồ sơ, kiểm tra thực địa, lập tờ trình',
            allotted: [12, 'WORKING_DAYS'],
          },
          {
            sequence: 2,
            level: 'DISTRICT',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Xem xét, ký giấy phép xây dựng',
            allotted: [3, 'WORKING_DAYS'],
            isLead: true,
          },
        ],
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Đơn đề nghị cấp giấy phép xây dựng theo mẫu', form: 'ORIGINAL' },
      { name: 'Giấy tờ chứng minh quyền sử dụng đất', form: 'CERTIFIED_COPY' },
      { name: 'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)', form: 'ORIGINAL', quantity: 2 },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí cấp giấy phép xây dựng',
        amountVnd: null,
        rule: 'Theo Nghị quyết của Hội đồng nhân dân tỉnh',
        collector: 'Ủy ban nhân dân cấp huyện',
      },
    ],
    resultType: 'Giấy phép xây dựng',
    legalBasis: 'Luật Xây dựng năm 2014; Nghị định 59/2015/NĐ-CP; Thông tư 15/2016/TT-BXD',
  },
  // ---- Bảo trợ xã hội: received and reviewed at the commune, decided at the district
  {
    localKey: 'LOCAL.BTXH-TROCAP',
    nationalCode: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    sector: 'PY-BTXH',
    // Nghị định 136/2013 art. 8: xã 10, Phòng LĐTBXH 07, Chủ tịch UBND huyện 03 ngày làm việc.
    implementations: [
      {
        level: 'COMMUNE',
        agencyKind: 'PEOPLES_COMMITTEE',
        timeLimit: [20, 'WORKING_DAYS'],
        route: [
          {
            sequence: 1,
            level: 'COMMUNE',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Hội đồng xét duyệt, niêm yết công khai, gửi hồ sơ đến Phòng Lao động - Thương binh và Xã hội',
            allotted: [10, 'WORKING_DAYS'],
          },
          {
            sequence: 2,
            level: 'DISTRICT',
            agencyKind: 'UNIT',
            agencyLabel: 'Phòng Lao động - Thương binh và Xã hội',
            task: 'Thẩm định, trình Chủ tịch Ủy ban nhân dân cấp huyện',
            allotted: [7, 'WORKING_DAYS'],
          },
          {
            sequence: 3,
            level: 'DISTRICT',
            agencyKind: 'PEOPLES_COMMITTEE',
            task: 'Quyết định trợ cấp xã hội hàng tháng',
            allotted: [3, 'WORKING_DAYS'],
            isLead: true,
          },
        ],
      },
    ],
    serviceLevel: 2,
    onlineMode: 'NONE',
    channels: DESK_AND_POST,
    documents: [
      {
        name: 'Tờ khai đề nghị trợ giúp xã hội theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Nghị định 136/2013/NĐ-CP',
      },
      { name: 'Giấy xác nhận khuyết tật', form: 'COPY', condition: 'Đối với người khuyết tật' },
    ],
    fees: [],
    resultType: 'Quyết định hưởng trợ cấp xã hội hàng tháng',
    legalBasis: 'Nghị định 136/2013/NĐ-CP; Thông tư liên tịch 29/2014/TTLT-BLĐTBXH-BTC',
  },
  // ---- Việc làm, Sở Lao động - Thương binh và Xã hội with the employment service centre
  {
    localKey: 'LOCAL.VL-TCTN',
    nationalCode: null,
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    sector: 'PY-VL',
    // Luật Việc làm 2013 art. 46: 20 ngày làm việc.
    implementations: [
      {
        level: 'PROVINCE',
        agencyKey: 'PY-DEPT-SLDTBXH',
        timeLimit: [20, 'WORKING_DAYS'],
        route: [
          {
            sequence: 1,
            level: 'PROVINCE',
            agencyKind: 'UNIT',
            agencyLabel: 'Trung tâm Dịch vụ việc làm',
            task: 'Tiếp nhận, xem xét hồ sơ, trình quyết định hưởng trợ cấp thất nghiệp',
            allotted: [17, 'WORKING_DAYS'],
          },
          {
            sequence: 2,
            level: 'PROVINCE',
            agencyKey: 'PY-DEPT-SLDTBXH',
            task: 'Quyết định hưởng trợ cấp thất nghiệp',
            allotted: [3, 'WORKING_DAYS'],
            isLead: true,
          },
        ],
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu', form: 'ORIGINAL' },
      { name: 'Hợp đồng lao động đã chấm dứt hoặc quyết định thôi việc', form: 'ORIGINAL_OR_CERTIFIED_COPY' },
      { name: 'Sổ bảo hiểm xã hội', form: 'ORIGINAL' },
    ],
    fees: [],
    resultType: 'Quyết định về việc hưởng trợ cấp thất nghiệp',
    legalBasis: 'Luật Việc làm năm 2013; Nghị định 28/2015/NĐ-CP',
  },
  // ---- Giáo dục
  {
    localKey: 'LOCAL.VBCC-BANSAO',
    nationalCode: null,
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    sector: 'PY-VBCC',
    implementations: [
      {
        level: 'PROVINCE',
        agencyKey: 'PY-DEPT-SGDDT',
        timeLimit: [0, 'WORKING_DAYS'],
        timeLimitNote: 'Ngay trong ngày; trường hợp cần xác minh thì không quá 03 ngày làm việc',
      },
    ],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', form: 'ORIGINAL' },
      identityPapers,
    ],
    fees: [],
    resultType: 'Bản sao văn bằng, chứng chỉ từ sổ gốc',
    legalBasis: 'Nghị định 23/2015/NĐ-CP; Thông tư 19/2015/TT-BGDĐT',
  },
  // ---- Y tế
  {
    localKey: 'LOCAL.ATTP-GCN-ANUONG',
    nationalCode: null,
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế',
    sector: 'PY-ATTP',
    implementations: [{ level: 'PROVINCE', agencyKey: 'PY-DEPT-SYT', timeLimit: [20, 'WORKING_DAYS'] }],
    serviceLevel: 3,
    onlineMode: 'PARTIAL',
    channels: ALL_CHANNELS,
    documents: [
      { name: 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', form: 'ORIGINAL' },
      { name: 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ', form: 'ORIGINAL' },
      {
        name: 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp kinh doanh',
        form: 'CERTIFIED_COPY',
      },
    ],
    fees: [
      {
        kind: 'FEE',
        description: 'Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống',
        amountVnd: null,
        rule: 'Phục vụ dưới 200 suất ăn: 700.000 đồng/lần/cơ sở; từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở (Thông tư 279/2016/TT-BTC)',
        collector: 'Sở Y tế',
      },
    ],
    resultType: 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    legalBasis: 'Luật An toàn thực phẩm năm 2010; Nghị định 155/2018/NĐ-CP; Thông tư 279/2016/TT-BTC',
  },
  // ---- Giao thông: online level 4 at the Department of Transport
  {
    localKey: 'LOCAL.DB-DOIGPLX',
    nationalCode: null,
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    sector: 'PY-DB',
    // Thông tư 12/2017/TT-BGTVT art. 37: không quá 05 ngày làm việc.
    implementations: [{ level: 'PROVINCE', agencyKey: 'PY-DEPT-SGTVT', timeLimit: [5, 'WORKING_DAYS'] }],
    serviceLevel: 4,
    onlineMode: 'FULL',
    channels: ALL_CHANNELS,
    documents: [
      {
        name: 'Đơn đề nghị đổi giấy phép lái xe theo mẫu',
        form: 'ORIGINAL',
        templateRef: 'Thông tư 12/2017/TT-BGTVT',
      },
      { name: 'Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp', form: 'ORIGINAL' },
      { name: 'Bản sao giấy phép lái xe, giấy chứng minh nhân dân hoặc căn cước công dân', form: 'COPY' },
    ],
    fees: [
      {
        kind: 'CHARGE',
        description: 'Lệ phí cấp giấy phép lái xe',
        amountVnd: 135_000,
        rule: '135.000 đồng/lần (Thông tư 188/2016/TT-BTC)',
        collector: 'Sở Giao thông vận tải',
      },
    ],
    resultType: 'Giấy phép lái xe',
    resultElectronic: false,
    legalBasis: 'Luật Giao thông đường bộ năm 2008; Thông tư 12/2017/TT-BGTVT; Thông tư 188/2016/TT-BTC',
  },
];
