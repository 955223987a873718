import { Entity, Index, PrimaryColumn } from 'typeorm';

// Every word (folded: no accents, lower case) that occurs in a procedure name, kept by the
// procedures_search_columns trigger. Typo correction looks the query's unknown words up here by
// trigram distance (the pg_trgm documentation's spelling-suggestion technique), which is far
// cheaper than comparing the query with every name. Words are never removed: a stale word only
// proposes a correction that then matches nothing.
@Entity('procedure_search_words')
@Index('IDX_procedure_search_words_trgm', { synchronize: false })
export class ProcedureSearchWord {
  @PrimaryColumn({ type: 'text' })
  word!: string;
}
