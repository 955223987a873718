import {
  DOSSIER_IMPORT_ALL_STATUSES,
  DOSSIER_IMPORT_COLUMNS,
  ENDED_IMPORT_STATUSES,
  IMPORT_CHANNELS,
  IMPORT_LEVELS,
  IMPORTABLE_STATUSES,
  OPEN_IMPORT_STATUSES,
  RESULT_IMPORT_STATUSES,
  STATUS_OF_NATIONAL_CODE,
} from './dossier-import-layout';

// The SQL of the historical import, set-based over a session-private staging table. Literals are
// built only from the constants above, never from the file.
const list = (values: readonly (string | number)[]): string => values.map((value) => `'${value}'`).join(', ');

// Circular 01/2018 art. 19: <receiving agency identifier>-YYMMDD-XXXX (legacy identifiers vary, so
// any letters, digits and dots before the date).
const CODE_PATTERN = String.raw`^[A-Za-z0-9.]+-[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])-[0-9]{4}$`;
const DATE = String.raw`[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`;
const OFFSET_PATTERN = String.raw`^${DATE}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-](0[0-9]|1[0-4])(:?[0-5][0-9])?)$`;
const LOCAL_PATTERN = String.raw`^${DATE} ([01][0-9]|2[0-3]):[0-5][0-9]$`;

// PostgreSQL 15 has no non-throwing cast: the patterns and the day-of-month check make the casts
// safe (CASE evaluates its branches in order). A time without offset is Vietnamese time.
function instant(column: string): string {
  const value = `btrim(s.${column})`;
  const dayFits = `substr(${value}, 9, 2)::int <= extract(day from make_date(substr(${value}, 1, 4)::int, substr(${value}, 6, 2)::int, 1) + interval '1 month - 1 day')`;
  return `CASE WHEN ${value} ~ '${OFFSET_PATTERN}' THEN CASE WHEN ${dayFits} THEN ${value}::timestamptz END
    WHEN ${value} ~ '${LOCAL_PATTERN}' THEN CASE WHEN ${dayFits} THEN ${value}::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END END`;
}

function statusOf(column: string): string {
  const byCode = Object.entries(STATUS_OF_NATIONAL_CODE)
    .map(([code, status]) => `WHEN '${code}' THEN '${status}'`)
    .join(' ');
  const value = `upper(btrim(s.${column}))`;
  return `CASE ${value} ${byCode} ELSE CASE WHEN ${value} IN (${list(DOSSIER_IMPORT_ALL_STATUSES)}) THEN ${value} END END`;
}

// A temporary table rather than an UNLOGGED one: it is not WAL-logged either, it is private to the
// import's connection (two imports cannot mix) and it disappears with the transaction.
export const CREATE_STAGING_SQL = `CREATE TEMP TABLE dossier_import_staging (
  line_no int GENERATED ALWAYS AS IDENTITY (START WITH 2),
  ${DOSSIER_IMPORT_COLUMNS.map((column) => `${column} text`).join(',\n  ')}
) ON COMMIT DROP`;

// HEADER MATCH (PostgreSQL 15): the header line must name the columns in this order.
export const COPY_STAGING_SQL = `COPY dossier_import_staging (${DOSSIER_IMPORT_COLUMNS.join(', ')})
  FROM STDIN WITH (FORMAT csv, HEADER MATCH, ENCODING 'UTF8')`;

// Each line parsed: NULL where a value is missing or malformed (the checks below tell which).
// The procedure version is the published one in force at the receipt day, else the latest.
export const CREATE_PARSED_SQL = `CREATE TEMP TABLE dossier_import_parsed ON COMMIT DROP AS
SELECT p.*, version.id AS procedure_version_id, version.sector_id
FROM (
  SELECT s.*,
    nullif(btrim(s.code), '') AS dossier_code,
    procedure.id AS procedure_id,
    coalesce(receiving_by_key.id, receiving_by_qcvn.id) AS receiving_agency_id,
    coalesce(receiving_by_key.level_code, receiving_by_qcvn.level_code) AS receiving_level,
    coalesce(resolving_by_key.id, resolving_by_qcvn.id) AS resolving_agency_id,
    coalesce(resolving_by_key.level_code, resolving_by_qcvn.level_code) AS resolving_level,
    CASE WHEN upper(btrim(s.level)) IN (${list(IMPORT_LEVELS)}) THEN upper(btrim(s.level)) END AS level_code,
    CASE WHEN upper(btrim(s.channel)) IN (${list(IMPORT_CHANNELS)}) THEN upper(btrim(s.channel)) END AS channel_code,
    CASE WHEN btrim(s.service_level) ~ '^[1-4]$' THEN btrim(s.service_level)::smallint END AS service_level_no,
    ${instant('received_at')} AS received,
    ${instant('due_at')} AS due,
    ${instant('resolved_at')} AS resolved,
    ${instant('returned_at')} AS returned,
    ${statusOf('status')} AS status_name,
    CASE WHEN coalesce(btrim(s.supplement_count), '') = '' THEN 0
      WHEN btrim(s.supplement_count) ~ '^[0-9]{1,4}$' THEN btrim(s.supplement_count)::smallint END AS supplements
  FROM dossier_import_staging s
  LEFT JOIN procedures procedure ON procedure.code = btrim(s.procedure_code)
  LEFT JOIN agencies receiving_by_key ON receiving_by_key.key = btrim(s.receiving_agency)
  LEFT JOIN agencies receiving_by_qcvn ON receiving_by_qcvn.qcvn_code = btrim(s.receiving_agency)
  LEFT JOIN agencies resolving_by_key ON resolving_by_key.key = btrim(s.resolving_agency)
  LEFT JOIN agencies resolving_by_qcvn ON resolving_by_qcvn.qcvn_code = btrim(s.resolving_agency)
) p
LEFT JOIN LATERAL (
  SELECT v.id, v.sector_id FROM procedure_versions v
  WHERE v.procedure_id = p.procedure_id AND v.status = 'PUBLISHED'
  ORDER BY v.effective_from <= (p.received AT TIME ZONE 'Asia/Ho_Chi_Minh')::date DESC NULLS LAST,
    v.effective_from DESC NULLS LAST, v.version_no DESC
  LIMIT 1
) version ON p.procedure_id IS NOT NULL`;

interface Check {
  readonly column: string;
  readonly when: string; // over dossier_import_parsed p
  readonly message: string; // a SQL expression
}

const blank = (column: string): string => `coalesce(btrim(p.${column}), '') = ''`;
const given = (column: string): string => `coalesce(btrim(p.${column}), '') <> ''`;
const text = (message: string): string => `'${message.replace(/'/g, "''")}'`;

function required(column: string, label: string): Check {
  return { column, when: blank(column), message: text(`Thiếu ${label}`) };
}

function malformedInstant(column: string, parsed: string, label: string): Check {
  return {
    column,
    when: `${given(column)} AND p.${parsed} IS NULL`,
    message: text(
      `${label} không đúng dạng: ISO-8601 có múi giờ (2020-03-02T09:00:00+07:00) hoặc YYYY-MM-DD HH:mm (giờ Việt Nam)`,
    ),
  };
}

const CHECKS: readonly Check[] = [
  required('code', 'mã hồ sơ'),
  {
    column: 'code',
    when: `${given('code')} AND btrim(p.code) !~ '${CODE_PATTERN}'`,
    message: text('Mã hồ sơ không đúng dạng <mã cơ quan>-YYMMDD-XXXX'),
  },
  required('procedure_code', 'mã thủ tục'),
  {
    column: 'procedure_code',
    when: `${given('procedure_code')} AND p.procedure_id IS NULL`,
    message: `format('Không có thủ tục mã "%s" trong danh mục', btrim(p.procedure_code))`,
  },
  {
    column: 'procedure_code',
    when: 'p.procedure_id IS NOT NULL AND p.procedure_version_id IS NULL',
    message: text('Thủ tục chưa có phiên bản đã công bố'),
  },
  required('receiving_agency', 'cơ quan tiếp nhận'),
  {
    column: 'receiving_agency',
    when: `${given('receiving_agency')} AND p.receiving_agency_id IS NULL`,
    message: `format('Không có cơ quan "%s" (mã khóa hoặc mã QCVN)', btrim(p.receiving_agency))`,
  },
  required('resolving_agency', 'cơ quan giải quyết'),
  {
    column: 'resolving_agency',
    when: `${given('resolving_agency')} AND p.resolving_agency_id IS NULL`,
    message: `format('Không có cơ quan "%s" (mã khóa hoặc mã QCVN)', btrim(p.resolving_agency))`,
  },
  required('level', 'cấp'),
  {
    column: 'level',
    when: `${given('level')} AND p.level_code IS NULL`,
    message: text(`Cấp phải là một trong ${IMPORT_LEVELS.join(', ')}`),
  },
  required('channel', 'kênh tiếp nhận'),
  {
    column: 'channel',
    when: `${given('channel')} AND p.channel_code IS NULL`,
    message: text(`Kênh tiếp nhận phải là một trong ${IMPORT_CHANNELS.join(', ')}`),
  },
  required('service_level', 'mức độ dịch vụ công'),
  {
    column: 'service_level',
    when: `${given('service_level')} AND p.service_level_no IS NULL`,
    message: text('Mức độ dịch vụ công phải là 1, 2, 3 hoặc 4'),
  },
  required('received_at', 'ngày tiếp nhận'),
  malformedInstant('received_at', 'received', 'Ngày tiếp nhận'),
  required('due_at', 'hạn giải quyết'),
  malformedInstant('due_at', 'due', 'Hạn giải quyết'),
  {
    column: 'due_at',
    when: 'p.due < p.received',
    message: text('Hạn giải quyết trước ngày tiếp nhận'),
  },
  malformedInstant('resolved_at', 'resolved', 'Ngày giải quyết'),
  {
    column: 'resolved_at',
    when: 'p.resolved < p.received',
    message: text('Ngày giải quyết trước ngày tiếp nhận'),
  },
  malformedInstant('returned_at', 'returned', 'Ngày trả kết quả'),
  {
    column: 'returned_at',
    when: 'p.returned < coalesce(p.resolved, p.received)',
    message: text('Ngày trả kết quả trước ngày giải quyết'),
  },
  required('status', 'trạng thái'),
  {
    column: 'status',
    when: `${given('status')} AND p.status_name IS NULL`,
    message: text('Trạng thái phải là mã quốc gia 1–10 hoặc tên trạng thái của hệ thống'),
  },
  {
    column: 'status',
    when: `p.status_name NOT IN (${list(IMPORTABLE_STATUSES)})`,
    message: text('Hồ sơ chưa được tiếp nhận hoặc không được tiếp nhận (mã 1, 3) không nhập vào thống kê'),
  },
  {
    column: 'resolved_at',
    when: `p.status_name IN (${list([...RESULT_IMPORT_STATUSES, ...ENDED_IMPORT_STATUSES])}) AND ${blank('resolved_at')}`,
    message: text('Hồ sơ đã giải quyết, rút hoặc dừng xử lý (mã 7–10) cần ngày giải quyết hoặc kết thúc'),
  },
  {
    column: 'resolved_at',
    when: `p.status_name IN (${list(OPEN_IMPORT_STATUSES)}) AND ${given('resolved_at')}`,
    message: text('Hồ sơ đang xử lý (mã 2, 4, 5, 6) không có ngày giải quyết'),
  },
  {
    column: 'returned_at',
    when: `p.status_name = 'RETURNED' AND ${blank('returned_at')}`,
    message: text('Hồ sơ đã trả kết quả (mã 10) cần ngày trả kết quả'),
  },
  {
    column: 'supplement_count',
    when: 'p.supplements IS NULL',
    message: text('Số lần yêu cầu bổ sung phải là số nguyên từ 0'),
  },
];

// The row report, in one pass over the lines: every failed check (an error), a code repeated in
// the file (an error on every repetition) and a code already in dossiers (a note: re-importing a
// file skips what it loaded).
export const CREATE_ISSUES_SQL = `CREATE TEMP TABLE dossier_import_issues ON COMMIT DROP AS
SELECT p.line_no, failed.column_name, failed.message, true AS is_error
  FROM dossier_import_parsed p
  CROSS JOIN LATERAL (VALUES
    ${CHECKS.map((check) => `('${check.column}', CASE WHEN ${check.when} THEN ${check.message} END)`).join(',\n    ')}
  ) AS failed (column_name, message)
  WHERE failed.message IS NOT NULL
UNION ALL
SELECT d.line_no, 'code', format('Mã hồ sơ trùng với dòng %s', d.first_line), true
  FROM (SELECT line_no, min(line_no) OVER (PARTITION BY dossier_code) AS first_line
        FROM dossier_import_parsed WHERE dossier_code IS NOT NULL) d
  WHERE d.line_no > d.first_line
UNION ALL
SELECT p.line_no, 'code', 'Hồ sơ đã có (đã nhập trước đó): bỏ qua', false
  FROM dossier_import_parsed p JOIN dossiers existing ON existing.code = p.dossier_code`;

export const SUMMARY_SQL = `SELECT
  (SELECT count(*) FROM dossier_import_parsed)::int AS rows,
  (SELECT count(DISTINCT line_no) FROM dossier_import_issues WHERE is_error)::int AS invalid,
  (SELECT count(DISTINCT line_no) FROM dossier_import_issues WHERE NOT is_error
     AND line_no NOT IN (SELECT line_no FROM dossier_import_issues WHERE is_error))::int AS existing,
  (SELECT count(*) FROM dossier_import_issues)::int AS issues`;

export const ISSUES_SQL = `SELECT line_no AS line, column_name AS column, message, is_error AS "isError"
  FROM dossier_import_issues ORDER BY line_no, is_error DESC, column_name LIMIT $1`;

// Legacy dossiers go into dossiers, so every report counts them with the same SQL. No
// dossier_events or audit row per dossier: a legacy system's history is not ours to invent; the
// import itself is audited once. appointment_at = due_at (no apology is known); the end instant
// of a withdrawn or stopped dossier is in the resolved_at column; classification as
// classifyResolution (domain/classification.ts) computes it.
export const INSERT_SQL = `INSERT INTO dossiers (code, row_version, procedure_id, procedure_version_id,
  receiving_agency_id, resolving_agency_id, current_agency_id, level_code, sector_id, channel, service_level,
  status, applicant_kind, applicant_name, submitted_at, received_at, due_at, appointment_at, resolved_at,
  returned_at, ended_at, classification, inter_agency, supplement_count, clock, imported_at)
SELECT p.dossier_code, 1, p.procedure_id, p.procedure_version_id,
  p.receiving_agency_id, p.resolving_agency_id, p.receiving_agency_id, p.level_code, p.sector_id, p.channel_code,
  p.service_level_no, p.status_name, 'PERSON', 'Hồ sơ nhập từ hệ thống cũ', p.received, p.received, p.due, p.due,
  r.resolved, p.returned, CASE WHEN p.status_name IN (${list(ENDED_IMPORT_STATUSES)}) THEN p.resolved END,
  CASE WHEN r.resolved IS NULL THEN NULL
    WHEN r.resolved > p.due THEN 'LATE'
    WHEN (r.resolved AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < (p.due AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'EARLY'
    ELSE 'ON_TIME' END,
  p.receiving_level <> p.resolving_level, p.supplements, '{}'::jsonb, now()
FROM dossier_import_parsed p
CROSS JOIN LATERAL (
  SELECT CASE WHEN p.status_name IN (${list(RESULT_IMPORT_STATUSES)}) THEN p.resolved END AS resolved
) r
WHERE NOT EXISTS (SELECT 1 FROM dossier_import_issues i WHERE i.line_no = p.line_no)
ON CONFLICT (code) DO NOTHING`;
