import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type SearchQuery, toPrefixTsQuery } from './domain/search-query';
import { type ProcedureStatus } from './domain/procedure-vocabulary';

export interface ProcedureSearch {
  readonly query: SearchQuery | null;
  readonly statuses: readonly ProcedureStatus[];
  readonly sectorId?: string;
  readonly level?: string;
  // Any of these implementation tags (the agency filter, see implementationTags()).
  readonly implementationTags?: readonly string[];
  readonly serviceLevel?: number;
  readonly onlineMode?: string;
  readonly channel?: string;
  readonly isDemo?: boolean;
  readonly offset: number;
  readonly limit: number;
}

export interface ProcedurePage {
  readonly items: ProcedureHit[];
  readonly total: number;
  // More than MAX_COUNTED match: total is that cap.
  readonly totalCapped: boolean;
}

export interface ProcedureHit {
  readonly id: string;
  readonly code: string;
  readonly nationalCode: string | null;
  readonly name: string;
  readonly status: ProcedureStatus;
  readonly isDemo: boolean;
  readonly sectorId: string;
  readonly sectorCode: string;
  readonly sectorName: string;
  readonly levels: string[];
  readonly serviceLevel: number;
  readonly onlineMode: string;
  readonly channels: string[];
  readonly latestVersionNo: number;
  readonly score: number | null;
}

// f_unaccent(lower(name)) and its words, stored and indexed (see the search-columns migration).
const FOLDED = 'p.folded_name';
const WORDS = 'p.name_words';
// Nearest dictionary words tried for an unknown query word, and how close they must be.
const CORRECTIONS_PER_WORD = 4;
const MIN_WORD_SIMILARITY = 0.2;
export const MAX_COUNTED = 10_000;

type Match =
  | { readonly kind: 'browse' }
  | { readonly kind: 'code'; readonly prefix: string }
  | { readonly kind: 'words'; readonly tsquery: string; readonly phrase: string };

interface WordCheck {
  readonly word: string;
  // The word occurs in some name (for the last word: some name has a word starting with it).
  readonly known: boolean;
  // Dictionary words nearest to an unknown word, closest first.
  readonly near: readonly string[];
}

// Matching and ranking (STACK.md "Vietnamese search in PostgreSQL"), on the folded name, in
// steps; the first that finds something answers:
//   1. a code-like query ("1.001193", "DEMO.00012"): codes by prefix;
//   2. every word of the query is a word of the name (the last may be a prefix: "khai sin");
//   3. typos: each unknown word becomes its nearest dictionary words by trigram distance
//      ("khai snh" → khai & (sinh | …)), the pg_trgm documentation's spelling technique;
//   4. the unknown words are dropped ("dang ki ket hon" → dang & ket & hon).
// Rank: exact name, then name starting with the (corrected) query, then containing it as a
// phrase; shorter names first, so "Đăng ký khai sinh" comes before "Đăng ký khai sinh có yếu tố
// nước ngoài". Each step is an indexed lookup (bench:catalog measures 2,000 and 100,000 rows).
@Injectable()
export class ProcedureSearchRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  static over(manager: EntityManager): ProcedureSearchRepository {
    return new ProcedureSearchRepository({ tx: manager } as TransactionHost<TransactionalAdapterTypeOrm>);
  }

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  async search(search: ProcedureSearch): Promise<ProcedurePage> {
    const query = search.query;
    if (!query) {
      return this.run(search, { kind: 'browse' });
    }
    if (query.codePrefix !== null) {
      const byCode = await this.run(search, { kind: 'code', prefix: query.codePrefix });
      if (byCode.total > 0) {
        return byCode;
      }
    }
    const byWords = await this.run(search, {
      kind: 'words',
      tsquery: toPrefixTsQuery(query.words),
      phrase: query.folded,
    });
    if (byWords.total > 0) {
      return byWords;
    }
    const checks = await this.checkWords(query.words);
    const last = checks.at(-1);
    const term = (check: WordCheck) => (check === last ? `${check.word}:*` : check.word);
    const unknown = checks.filter((check) => !check.known);
    if (unknown.some((check) => check.near.length > 0)) {
      const usable = checks.filter((check) => check.known || check.near.length > 0);
      const byCorrection = await this.run(search, {
        kind: 'words',
        tsquery: usable
          .map((check) => (check.known ? term(check) : `(${check.near.join(' | ')})`))
          .join(' & '),
        phrase: usable.map((check) => (check.known ? check.word : check.near[0])).join(' '),
      });
      if (byCorrection.total > 0) {
        return byCorrection;
      }
    }
    const known = checks.filter((check) => check.known);
    if (unknown.length === 0 || known.length === 0) {
      return byWords;
    }
    return this.run(search, {
      kind: 'words',
      tsquery: known.map(term).join(' & '),
      phrase: known.map((check) => check.word).join(' '),
    });
  }

  // One round trip for all words: is each known, and if not, which dictionary words are nearest.
  private async checkWords(words: readonly string[]): Promise<WordCheck[]> {
    const rows = await this.manager.query<Array<{ word: string; known: boolean; near: string[] }>>(
      `SELECT k.word, k.known,
         CASE WHEN k.known THEN '{}'::text[] ELSE ARRAY(SELECT n.word FROM (
             SELECT w.word FROM procedure_search_words w
             ORDER BY w.word <-> k.word LIMIT ${CORRECTIONS_PER_WORD}
           ) n WHERE similarity(n.word, k.word) >= ${MIN_WORD_SIMILARITY}) END AS near
       FROM (SELECT q.word, q.ord,
         CASE WHEN q.ord = $2
           THEN EXISTS (SELECT 1 FROM procedure_search_words w
                        WHERE w.word >= q.word AND w.word < q.word || chr(1114111))
           ELSE EXISTS (SELECT 1 FROM procedure_search_words w WHERE w.word = q.word) END AS known
         FROM unnest($1::text[]) WITH ORDINALITY AS q(word, ord)) k
       ORDER BY k.ord`,
      [words, words.length],
    );
    // Dictionary words are tsvector lexemes; only plain ones may enter a tsquery.
    return rows.map((row) => ({ ...row, near: row.near.filter((word) => /^[a-z0-9]+$/.test(word)) }));
  }

  private async run(search: ProcedureSearch, match: Match): Promise<ProcedurePage> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`p.status = ANY(${param(search.statuses)}::varchar[])`];
    if (search.sectorId !== undefined) {
      where.push(`p.sector_id = ${param(search.sectorId)}::uuid`);
    }
    if (search.level !== undefined) {
      where.push(`p.levels @> ARRAY[${param(search.level)}::varchar]`);
    }
    if (search.implementationTags !== undefined) {
      where.push(`p.implementation_tags && ${param(search.implementationTags)}::varchar[]`);
    }
    if (search.serviceLevel !== undefined) {
      where.push(`p.service_level = ${param(search.serviceLevel)}`);
    }
    if (search.onlineMode !== undefined) {
      where.push(`p.online_mode = ${param(search.onlineMode)}`);
    }
    if (search.channel !== undefined) {
      where.push(`${param(search.channel)}::varchar = ANY(p.channels)`);
    }
    if (search.isDemo !== undefined) {
      where.push(`p.is_demo = ${param(search.isDemo)}`);
    }
    if (match.kind === 'code') {
      // A localised code starts with the national code; the national code itself is matched
      // whole (a catalog code that is not localised still finds its procedure).
      const prefix = param(`${escapeLike(match.prefix).toLowerCase()}%`);
      where.push(`(lower(p.code) LIKE ${prefix} OR p.national_code = ${param(match.prefix)})`);
    } else if (match.kind === 'words') {
      where.push(`${WORDS} @@ to_tsquery('simple'::regconfig, ${param(match.tsquery)})`);
    }
    // The count reuses the filter and its parameters; ranking parameters come after them.
    const filter = where.join(' AND ');
    const filterParams = [...params];
    let score = 'NULL::real';
    let order = match.kind === 'code' ? 'p.code' : `${FOLDED}, p.id`;
    if (match.kind === 'words') {
      const phrase = param(match.phrase);
      const pattern = param(escapeLike(match.phrase));
      score = `(CASE WHEN ${FOLDED} = ${phrase} THEN 4 ELSE 0 END
        + CASE WHEN ${FOLDED} LIKE ${pattern} || '%' THEN 2 ELSE 0 END
        + CASE WHEN ${FOLDED} LIKE '%' || ${pattern} || '%' THEN 1 ELSE 0 END)::real`;
      order = 'score DESC, length(p.name), p.code';
    }
    const items = await this.manager.query<ProcedureHit[]>(
      `SELECT p.id, p.code, p.national_code AS "nationalCode", p.name, p.status, p.is_demo AS "isDemo",
         p.sector_id AS "sectorId", s.code AS "sectorCode", s.name AS "sectorName", p.levels,
         p.service_level AS "serviceLevel", p.online_mode AS "onlineMode", p.channels,
         p.latest_version_no AS "latestVersionNo", ${score} AS score
       FROM procedures p JOIN sectors s ON s.id = p.sector_id
       WHERE ${filter}
       ORDER BY ${order}
       OFFSET ${param(search.offset)} LIMIT ${param(search.limit)}`,
      params,
    );
    if (search.offset === 0 && items.length < search.limit) {
      return { items, total: items.length, totalCapped: false };
    }
    // Counting stops past MAX_COUNTED: a total of every published procedure (100,000 at national
    // scale) would cost more than the page itself, and nobody pages that far.
    const [{ counted }] = await this.manager.query<Array<{ counted: string }>>(
      `SELECT count(*) AS counted FROM (SELECT 1 FROM procedures p WHERE ${filter} LIMIT ${MAX_COUNTED + 1}) matches`,
      filterParams,
    );
    const total = Number(counted);
    return { items, total: Math.min(total, MAX_COUNTED), totalCapped: total > MAX_COUNTED };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
