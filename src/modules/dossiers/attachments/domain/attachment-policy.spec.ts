import { DOSSIER_STATUSES } from '../../domain';
import { AttachmentError } from './attachment.errors';
import {
  assertDocumentKnown,
  assertOpenForUploads,
  assertUploadAllowed,
  ATTACHMENT_PURPOSES,
  markDigitised,
  parseAttachmentFields,
} from './attachment-policy';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AttachmentError) {
      return error.code;
    }
    throw error;
  }
}

describe('attachment policy', () => {
  it.each(['NOT_RECEIVED', 'WITHDRAWN', 'STOPPED', 'RETURNED'] as const)(
    'takes no file of any kind, from anyone, once the dossier is closed (%s)',
    (status) => {
      for (const uploader of ['staff', 'citizen'] as const) {
        expect(codeOf(() => assertOpenForUploads(status, uploader))).toBe('attachment-not-accepted-now');
        for (const purpose of ATTACHMENT_PURPOSES) {
          const documentIndex = purpose === 'DOCUMENT' ? 0 : null;
          expect(
            codeOf(() => assertUploadAllowed(status, uploader, { purpose, documentIndex })),
          ).not.toBeNull();
        }
      }
    },
  );

  it('lets the desk scan the paper documents at reception and during handling, not after the result', () => {
    const scan = { purpose: 'DOCUMENT', documentIndex: 0 } as const;
    expect(codeOf(() => assertUploadAllowed('SUBMITTED', 'staff', scan))).toBeNull();
    expect(codeOf(() => assertUploadAllowed('IN_PROGRESS', 'staff', scan))).toBeNull();
    expect(codeOf(() => assertUploadAllowed('RESOLVED', 'staff', scan))).toBe('attachment-not-accepted-now');
  });

  it('stores the result only once it is signed or issued, before it is returned (art. 20)', () => {
    const allowed = DOSSIER_STATUSES.filter(
      (status) =>
        codeOf(() => assertUploadAllowed(status, 'staff', { purpose: 'RESULT', documentIndex: null })) ===
        null,
    );
    expect(allowed).toEqual(['APPROVED', 'RESOLVED']);
  });

  it('lets a citizen send scans before the desk check and documents while a supplement is requested, never a result', () => {
    const supplement = { purpose: 'SUPPLEMENT', documentIndex: null } as const;
    const open = DOSSIER_STATUSES.filter(
      (status) => codeOf(() => assertOpenForUploads(status, 'citizen')) === null,
    );
    expect(open).toEqual(['SUBMITTED', 'SUPPLEMENT_REQUESTED_AT_RECEPTION', 'SUPPLEMENT_REQUESTED']);
    const scan = { purpose: 'DOCUMENT', documentIndex: 0 } as const;
    expect(codeOf(() => assertUploadAllowed('SUBMITTED', 'citizen', scan))).toBeNull();
    expect(codeOf(() => assertUploadAllowed('SUBMITTED', 'citizen', supplement))).toBe(
      'attachment-not-accepted-now',
    );
    expect(codeOf(() => assertUploadAllowed('RECEIVED', 'citizen', scan))).toBe(
      'attachment-not-accepted-now',
    );
    expect(codeOf(() => assertUploadAllowed('SUPPLEMENT_REQUESTED', 'citizen', supplement))).toBeNull();
    expect(codeOf(() => assertUploadAllowed('IN_PROGRESS', 'citizen', supplement))).toBe(
      'attachment-not-accepted-now',
    );
    const result = { purpose: 'RESULT', documentIndex: null } as const;
    expect(codeOf(() => assertUploadAllowed('SUPPLEMENT_REQUESTED', 'citizen', result))).toBe(
      'attachment-purpose-forbidden',
    );
  });

  it('reads the form fields: a scan names its document, a result names none', () => {
    expect(parseAttachmentFields({ purpose: 'DOCUMENT', documentIndex: '2' })).toEqual({
      purpose: 'DOCUMENT',
      documentIndex: 2,
    });
    expect(parseAttachmentFields({ purpose: 'SUPPLEMENT' })).toEqual({
      purpose: 'SUPPLEMENT',
      documentIndex: null,
    });
    expect(parseAttachmentFields({ purpose: 'SUPPLEMENT', documentIndex: '' })).toEqual({
      purpose: 'SUPPLEMENT',
      documentIndex: null,
    });
    const malformed: Array<Record<string, string>> = [
      {},
      { purpose: 'document' },
      { purpose: 'DOCUMENT' },
      { purpose: 'DOCUMENT', documentIndex: '-1' },
      { purpose: 'DOCUMENT', documentIndex: '1.5' },
      { purpose: 'DOCUMENT', documentIndex: '40000' },
      { purpose: 'RESULT', documentIndex: '0' },
    ];
    for (const fields of malformed) {
      expect(codeOf(() => parseAttachmentFields(fields))).toBe('attachment-fields-invalid');
    }
  });

  it('knows a document only if both the published list and the dossier checklist have it', () => {
    const documents = [
      { documentIndex: 0, digitised: false },
      { documentIndex: 1, digitised: false },
    ];
    expect(codeOf(() => assertDocumentKnown(1, 2, documents))).toBeNull();
    expect(codeOf(() => assertDocumentKnown(2, 2, documents))).toBe('attachment-document-unknown');
    expect(codeOf(() => assertDocumentKnown(2, 3, documents))).toBe('attachment-document-unknown');
  });

  it('marks one document digitised and leaves the others and the input as they were', () => {
    const documents = [
      { documentIndex: 0, name: 'Tờ khai', provided: true, digitised: false },
      { documentIndex: 1, name: 'Giấy chứng sinh', provided: true, digitised: false },
    ];
    expect(markDigitised(documents, 1).map((document) => document.digitised)).toEqual([false, true]);
    expect(documents[1].digitised).toBe(false);
  });
});
