import { formatVietnamInstant, parseInstant } from '../../calendar';

// '05/03/2020 16:00', legal time (Asia/Ho_Chi_Minh) whatever the machine's zone, from an ISO-8601
// instant as the relay stores it in the delivery's params ('2020-03-05T09:00:00.000Z').
export function formatNoticeTime(instant: string): string {
  const epochMs = parseInstant(instant);
  if (epochMs === null) {
    throw new RangeError(`not an ISO-8601 instant: ${instant}`);
  }
  // formatVietnamInstant gives '2020-03-05T16:00:00+07:00'.
  const [, year, month, day, hour, minute] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(
    formatVietnamInstant(epochMs),
  )!;
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

// The public lookup page of a dossier (the same page the receipt's QR code opens).
export function lookupUrl(publicBaseUrl: string, dossierCode: string): string {
  return `${publicBaseUrl}/tra-cuu?code=${encodeURIComponent(dossierCode)}`;
}

// Runs of 9 or more digits (spaces or dots between them allowed) in staff-written text: ID card
// numbers (9 or 12 digits) and phone numbers (10) never leave in a message. Dossier codes keep
// their dashes and are not touched.
const PERSONAL_NUMBER = /\d(?:[ .]?\d){8,}/g;

export function redactPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, (match) => `***${match.replace(/\D/g, '').slice(-2)}`);
}

// GSM 03.38 basic character set: one septet each. Anything else would switch the SMS to UCS-2
// (70 characters a part instead of 160).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€';
export const SMS_MAX_SEPTETS = 160;

// Vietnamese without diacritics ('Hồ sơ đã được tiếp nhận' → 'Ho so da duoc tiep nhan'), the
// way Vietnamese SMS is usually written: an accented message is UCS-2, so 160 characters would
// cost three parts, and brand-name SMS routes often refuse or mangle accents.
export function toUnaccented(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function toGsmText(text: string): string {
  return [...toUnaccented(text).replace(/\s+/g, ' ').trim()]
    .map((char) => (GSM_BASIC.includes(char) || GSM_EXTENSION.includes(char) ? char : '?'))
    .join('');
}

export function gsmSeptets(text: string): number {
  return [...text].reduce((count, char) => count + (GSM_EXTENSION.includes(char) ? 2 : 1), 0);
}

// One single-part SMS: the sentence, then the lookup link if it still fits; a sentence too long
// alone is cut at a word with '...'.
export function fitSms(sentence: string, link: string | null): string {
  const text = toGsmText(sentence);
  const withLink = link ? `${text} ${toGsmText(link)}` : text;
  if (gsmSeptets(withLink) <= SMS_MAX_SEPTETS) {
    return withLink;
  }
  if (gsmSeptets(text) <= SMS_MAX_SEPTETS) {
    return text;
  }
  let cut = text;
  while (gsmSeptets(cut) > SMS_MAX_SEPTETS - 3) {
    const space = cut.lastIndexOf(' ');
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return `${cut}...`;
}
