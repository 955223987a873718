import { type FormKind, type Orientation, type PaperSize } from './form-set';

// A filled form as plain data: what the JSON endpoint returns and what the PDF renderer draws.
// Nothing here depends on the renderer; all text is final (Vietnam time, NFC, masked IDs).

// A piece of a line; `isValue` marks text that came from the dossier (printed bold).
export interface TextRun {
  readonly text: string;
  readonly isValue: boolean;
}

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

export interface DocumentHeader {
  readonly agencyLines: readonly string[]; // capitals; the last is the issuing agency (bold)
  readonly reference: readonly TextRun[] | null; // "Số: ..."
  readonly nationalName: string; // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  readonly motto: string; // Độc lập - Tự do - Hạnh phúc
  readonly placeDate: string | null;
}

export interface TableColumn {
  readonly header: string;
  readonly width: number; // share of the table's width
  readonly align: 'left' | 'center' | 'right';
}

export interface Signer {
  readonly title: string;
  readonly hint: string;
  readonly name: string | null;
}

export type FormBlock =
  | {
      readonly kind: 'text';
      readonly runs: readonly TextRun[];
      readonly align: TextAlign;
      readonly isItalic: boolean;
    }
  // `emptyText` is printed after the heading when there are no items ("Phí, lệ phí: Không").
  | {
      readonly kind: 'list';
      readonly heading: readonly TextRun[];
      readonly items: readonly string[];
      readonly emptyText: string;
    }
  | {
      readonly kind: 'table';
      readonly heading: string | null;
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'signatures'; readonly signers: readonly Signer[] }
  | {
      readonly kind: 'notes';
      readonly heading: string | null;
      readonly lines: readonly (readonly TextRun[])[];
    };

export interface FormDocument {
  readonly formSetId: string;
  readonly legalBasis: string;
  readonly formNumber: string;
  readonly kind: FormKind;
  readonly paper: { readonly size: PaperSize; readonly orientation: Orientation };
  readonly header: DocumentHeader;
  readonly title: string;
  readonly subtitles: readonly (readonly TextRun[])[];
  // The QR code's text: the lookup URL carrying the dossier code.
  readonly qr: { readonly payload: string; readonly caption: string } | null;
  readonly blocks: readonly FormBlock[];
  readonly dossierCode: string | null;
  readonly issuedAt: number; // epoch ms; also the PDF's creation date, so equal input gives equal bytes
}
