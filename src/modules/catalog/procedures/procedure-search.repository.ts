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
type MatchMode = 'code' | 'words' | 'similar';

// Matching and ranking (STACK.md "Vietnamese search in PostgreSQL"), on the folded name. A
// code-like query matches codes by prefix. Otherwise a procedure matches when every word of the
// query is a word of its name (the last may be a prefix: "khai sin"); failing that, when the
// query is close to a run of words of the name by trigram word similarity (typos: "khai snh",
// "dang ki"). Rank:
// exact name, then name starting with the query, then containing it as a phrase, then
// similarity; shorter names first, so
// "Đăng ký khai sinh" comes before "Đăng ký khai sinh có yếu tố nước ngoài".
@Injectable()
export class ProcedureSearchRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  static over(manager: EntityManager): ProcedureSearchRepository {
    return new ProcedureSearchRepository({ tx: manager } as TransactionHost<TransactionalAdapterTypeOrm>);
  }

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  // Words first; only when no procedure has every word does the typo-tolerant match run, so a
  // query that is spelt right is not diluted by look-alikes ("chung thuc" finds the chứng thực
  // procedures, not "chứng nhận … an toàn thực phẩm").
  async search(search: ProcedureSearch): Promise<{ items: ProcedureHit[]; total: number }> {
    if (!search.query) {
      return this.run(search, 'words');
    }
    if (search.query.codePrefix !== null) {
      const byCode = await this.run(search, 'code');
      if (byCode.total > 0) {
        return byCode;
      }
    }
    const byWords = await this.run(search, 'words');
    return byWords.total > 0 ? byWords : this.run(search, 'similar');
  }

  private async run(
    search: ProcedureSearch,
    mode: MatchMode,
  ): Promise<{ items: ProcedureHit[]; total: number }> {
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
      where.push(`${param(search.level)}::varchar = ANY(p.levels)`);
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
    let score = 'NULL::real';
    let order = `${FOLDED}, p.id`;
    if (search.query && mode === 'code') {
      const prefix = param(`${escapeLike(search.query.codePrefix ?? '').toLowerCase()}%`);
      where.push(`(lower(p.code) LIKE ${prefix} OR p.national_code LIKE ${prefix})`);
      order = 'p.code';
    } else if (search.query) {
      const folded = `${param(search.query.folded)}::text`;
      where.push(
        mode === 'words'
          ? `${WORDS} @@ to_tsquery('simple'::regconfig, ${param(toPrefixTsQuery(search.query.words))})`
          : `${folded} <% ${FOLDED}`,
      );
      const phrase = param(escapeLike(search.query.folded));
      score = `(CASE WHEN ${FOLDED} = ${folded} THEN 4 ELSE 0 END
        + CASE WHEN ${FOLDED} LIKE ${phrase} || '%' THEN 2 ELSE 0 END
        + CASE WHEN ${FOLDED} LIKE '%' || ${phrase} || '%' THEN 1 ELSE 0 END
        + word_similarity(${folded}, ${FOLDED}))::real`;
      order = `score DESC, length(p.name), p.code`;
    }
    const rows = await this.manager.query<Array<ProcedureHit & { total: string }>>(
      `SELECT p.id, p.code, p.national_code AS "nationalCode", p.name, p.status, p.is_demo AS "isDemo",
         p.sector_id AS "sectorId", s.code AS "sectorCode", s.name AS "sectorName", p.levels,
         p.service_level AS "serviceLevel", p.online_mode AS "onlineMode", p.channels,
         p.latest_version_no AS "latestVersionNo", ${score} AS score, count(*) OVER () AS total
       FROM procedures p JOIN sectors s ON s.id = p.sector_id
       WHERE ${where.join(' AND ')}
       ORDER BY ${order}
       OFFSET ${param(search.offset)} LIMIT ${param(search.limit)}`,
      params,
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.countBeyondPage(search, mode);
    return { items: rows.map(({ total: _total, ...hit }: ProcedureHit & { total: string }) => hit), total };
  }

  // A page past the end has no row to carry the window count; count separately (rare).
  private async countBeyondPage(search: ProcedureSearch, mode: MatchMode): Promise<number> {
    if (search.offset === 0) {
      return 0;
    }
    const { total } = await this.run({ ...search, offset: 0, limit: 1 }, mode);
    return total;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
