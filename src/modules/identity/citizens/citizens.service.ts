import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { AuditService } from '../../audit';
import { accountExists, weakPassword, wrongCurrentPassword } from '../auth/auth.errors';
import { type AuthSession } from '../auth/auth-session';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { normaliseEmail, normaliseIdNumber, normalisePhone } from '../domain/contact-formats';
import { findPasswordProblems } from '../domain/password-policy';
import { Citizen } from './citizen.entity';
import { type RegisterCitizenDto } from './register-citizen.dto';

const invalidField = (field: string, message: string) =>
  new DomainError('invalid', 'validation-failed', 'Dữ liệu không hợp lệ', message, [{ field, message }]);

@Injectable()
export class CitizensService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cipher: FieldCipher,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  @Transactional()
  async register(input: RegisterCitizenDto): Promise<{ citizen: Citizen; session: AuthSession }> {
    const phone = input.phone === undefined ? null : normalisePhone(input.phone);
    const email = input.email === undefined ? null : normaliseEmail(input.email);
    const idNumber = input.idNumber === undefined ? null : normaliseIdNumber(input.idNumber);
    if (input.phone !== undefined && !phone) {
      throw invalidField('phone', 'phone không phải số điện thoại Việt Nam hợp lệ (10 chữ số).');
    }
    if (input.email !== undefined && !email) {
      throw invalidField('email', 'email không phải địa chỉ e-mail hợp lệ.');
    }
    if (input.idNumber !== undefined && !idNumber) {
      throw invalidField('idNumber', 'idNumber phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND).');
    }
    if (!phone && !email) {
      throw invalidField('phone', 'Cần số điện thoại hoặc e-mail để đăng ký.');
    }
    const problems = findPasswordProblems(input.password, [phone ?? '', email?.split('@')[0] ?? '']);
    if (problems.length > 0) {
      throw weakPassword(problems);
    }
    const citizens = this.txHost.tx.getRepository(Citizen);
    const phoneLookup = phone ? this.cipher.lookupHash(phone) : null;
    if (email && (await citizens.existsBy({ email }))) {
      throw accountExists('email');
    }
    if (phoneLookup && (await citizens.existsBy({ phoneLookup }))) {
      throw accountExists('phone');
    }
    const citizen = await citizens.save(
      citizens.create({
        fullName: input.fullName.trim(),
        email,
        phoneLookup,
        phoneEncrypted: phone ? this.cipher.encrypt(phone) : null,
        phoneLast3: phone ? phone.slice(-3) : null,
        idNumberEncrypted: idNumber ? this.cipher.encrypt(idNumber) : null,
        idNumberLast3: idNumber ? idNumber.slice(-3) : null,
        passwordHash: await this.hasher.hash(input.password),
      }),
    );
    await this.audit.record({
      action: 'citizen.register',
      targetType: 'citizen',
      targetId: citizen.id,
      summary: { fullName: citizen.fullName, email, phone, idNumber },
    });
    return { citizen, session: await this.auth.startSession({ kind: 'citizen', id: citizen.id }) };
  }

  // The citizen's own password (POST /me/password): the id is the caller's own, never one from the
  // request; the current password must match, and the new one meets the registration's rules.
  @Transactional()
  async changeOwnPassword(citizenId: string, currentPassword: string, newPassword: string): Promise<void> {
    const citizens = this.txHost.tx.getRepository(Citizen);
    const citizen = await citizens.findOneBy({ id: citizenId });
    if (!citizen || !(await this.hasher.verify(citizen.passwordHash, currentPassword))) {
      throw wrongCurrentPassword();
    }
    if (currentPassword === newPassword) {
      throw weakPassword(['Mật khẩu mới phải khác mật khẩu hiện tại.'], 'newPassword');
    }
    const phone = citizen.phoneEncrypted ? this.cipher.decrypt(citizen.phoneEncrypted) : '';
    const problems = findPasswordProblems(newPassword, [phone, citizen.email?.split('@')[0] ?? '']);
    if (problems.length > 0) {
      throw weakPassword(problems, 'newPassword');
    }
    await citizens.update({ id: citizen.id }, { passwordHash: await this.hasher.hash(newPassword) });
    await this.audit.record({
      action: 'citizen.change-password',
      targetType: 'citizen',
      targetId: citizen.id,
    });
  }

  // A read of a person's data is audited too (issue 3 item 7).
  @Transactional()
  async readOwnProfile(citizenId: string): Promise<Citizen> {
    const citizen = await this.txHost.tx.getRepository(Citizen).findOneBy({ id: citizenId });
    if (!citizen) {
      throw new DomainError(
        'not-found',
        'citizen-not-found',
        'Không tìm thấy',
        'Không tìm thấy tài khoản công dân.',
      );
    }
    await this.audit.record({ action: 'citizen.read', targetType: 'citizen', targetId: citizen.id });
    return citizen;
  }
}
