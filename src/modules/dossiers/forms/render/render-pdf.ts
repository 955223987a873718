import PDFDocument from 'pdfkit';
import { type FormDocument } from '../domain/form-document';
import { drawBlock } from './draw-blocks';
import { drawHeader, drawTitle } from './draw-header';
import { registerFormFonts } from './pdf-fonts';
import { type Frame, MARGINS, TYPOGRAPHY, useFont } from './pdf-layout';

// A filled form to PDF bytes. Everything it prints comes from the model; the fonts are
// embedded (subset), so the file shows the same diacritics on any reader and printer.
export async function renderPdf(model: FormDocument): Promise<Buffer> {
  const margins = MARGINS[model.paper.size];
  const doc = new PDFDocument({
    size: model.paper.size,
    layout: model.paper.orientation,
    margins,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `Mẫu số ${model.formNumber} - ${model.title}${model.dossierCode === null ? '' : ` - ${model.dossierCode}`}`,
      Subject: model.legalBasis,
      Author: model.header.agencyLines.at(-1) ?? '',
      Creator: 'Một cửa',
      // The form's own date, not the clock: the same input renders the same bytes.
      CreationDate: new Date(model.issuedAt),
    },
  });
  const done = collect(doc);
  registerFormFonts(doc);
  const frame: Frame = {
    doc,
    left: margins.left,
    width: doc.page.width - margins.left - margins.right,
    type: TYPOGRAPHY[model.paper.size],
    aside: null,
  };
  drawHeader(frame, model);
  drawTitle(frame, model);
  for (const block of model.blocks) {
    drawBlock(frame, block);
  }
  drawFooters(frame, model);
  doc.end();
  return done;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

// "Mẫu số 01 – title (legal basis)" and "Trang 1/2" in the bottom margin of every page.
function drawFooters(frame: Frame, model: FormDocument): void {
  const { doc, type } = frame;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottomMargin + 12;
    useFont(frame, 'italic', type.footer);
    doc.fillColor('#555555');
    doc.text(`Mẫu số ${model.formNumber} – ${model.title} (${model.legalBasis})`, frame.left, y, {
      width: frame.width * 0.8,
      lineBreak: false,
    });
    doc.text(`Trang ${index - range.start + 1}/${range.count}`, frame.left, y, {
      width: frame.width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    doc.page.margins.bottom = bottomMargin;
  }
}
