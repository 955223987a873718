import { type ExistingProcedure, planImportRow } from './import-plan';

const today = '2026-03-01';
const published = (versionNo: number, digest: string, effectiveFrom = '2020-01-01') => ({
  versionNo,
  status: 'PUBLISHED',
  effectiveFrom,
  digest,
});
const draft = (versionNo: number, digest: string) => ({
  versionNo,
  status: 'DRAFT',
  effectiveFrom: null,
  digest,
});
const row = (
  digest: string,
  status: 'PUBLISHED' | 'SUSPENDED' | 'DRAFT' = 'PUBLISHED',
  effectiveFrom = '2026-04-01',
) => ({
  status,
  effectiveFrom,
  digest,
});

describe('what importing a row does', () => {
  const live: ExistingProcedure = { status: 'PUBLISHED', versions: [published(1, 'a')] };

  it('creates a new procedure, and changes nothing when the row equals the latest published version', () => {
    expect(planImportRow(null, row('a'), today)).toEqual({
      action: { content: 'first-version', statusTo: 'PUBLISHED' },
    });
    expect(planImportRow(live, row('a', 'PUBLISHED', '2020-01-01'), today)).toEqual({
      action: { content: 'none', statusTo: null },
    });
  });

  it('turns changed content into a new version, never from a past date', () => {
    expect(planImportRow(live, row('b'), today)).toEqual({
      action: { content: 'new-version', statusTo: null },
    });
    expect(planImportRow(live, row('b', 'PUBLISHED', '2026-02-01'), today)).toMatchObject({
      problem: { column: 'effectiveFrom' },
    });
  });

  it('publishes a draft holding the same content, or overwrites and publishes a different draft', () => {
    const withDraft: ExistingProcedure = {
      status: 'PUBLISHED',
      versions: [published(1, 'a'), draft(2, 'b')],
    };
    expect(planImportRow(withDraft, row('b'), today)).toEqual({
      action: { content: 'publish-draft', statusTo: null },
    });
    expect(planImportRow(withDraft, row('c'), today)).toEqual({
      action: { content: 'replace-and-publish-draft', statusTo: null },
    });
  });

  it('suspends and reinstates through the status alone', () => {
    expect(planImportRow(live, row('a', 'SUSPENDED', '2020-01-01'), today)).toEqual({
      action: { content: 'none', statusTo: 'SUSPENDED' },
    });
  });

  it('never turns a published procedure back into a draft', () => {
    expect(planImportRow(live, row('a', 'DRAFT'), today)).toMatchObject({ problem: { column: 'status' } });
    const unpublished: ExistingProcedure = { status: 'DRAFT', versions: [draft(1, 'a')] };
    expect(planImportRow(unpublished, row('a', 'DRAFT'), today)).toEqual({
      action: { content: 'none', statusTo: null },
    });
    expect(planImportRow(unpublished, row('b', 'DRAFT'), today)).toEqual({
      action: { content: 'replace-draft', statusTo: null },
    });
  });
});
