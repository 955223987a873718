import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { normaliseIdNumber, normalisePhone } from '../../identity/domain/contact-formats';
import { type Dossier } from '../dossier.entity';
import { type ApplicantDto } from './desk-intake.dto';
import { checklistProblem } from './intake.errors';

export type ApplicantFields = Pick<
  Dossier,
  | 'applicantKind'
  | 'applicantName'
  | 'applicantPhoneEncrypted'
  | 'applicantPhoneLast4'
  | 'applicantIdNumberEncrypted'
  | 'applicantIdNumberLast3'
  | 'applicantEmail'
  | 'applicantAddress'
>;

// The applicant as stored: ID and phone numbers encrypted, their last digits kept for masking
// and for the public-tracking verifier.
@Injectable()
export class ApplicantColumns {
  constructor(private readonly cipher: FieldCipher) {}

  from(applicant: ApplicantDto): ApplicantFields {
    const phone = applicant.phone === undefined ? null : normalisePhone(applicant.phone);
    const idNumber = applicant.idNumber === undefined ? null : normaliseIdNumber(applicant.idNumber);
    if (applicant.phone !== undefined && !phone) {
      throw checklistProblem('Số điện thoại không hợp lệ (10 chữ số).', 'applicant.phone');
    }
    if (applicant.idNumber !== undefined && !idNumber) {
      throw checklistProblem(
        'Số định danh phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND).',
        'applicant.idNumber',
      );
    }
    return {
      applicantKind: applicant.kind,
      applicantName: applicant.name.trim(),
      applicantPhoneEncrypted: phone ? this.cipher.encrypt(phone) : null,
      applicantPhoneLast4: phone ? phone.slice(-4) : null,
      applicantIdNumberEncrypted: idNumber ? this.cipher.encrypt(idNumber) : null,
      applicantIdNumberLast3: idNumber ? idNumber.slice(-3) : null,
      applicantEmail: applicant.email?.trim().toLowerCase() ?? null,
      applicantAddress: applicant.address?.trim() ?? null,
    };
  }
}
