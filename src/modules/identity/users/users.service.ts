import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common';
import { AuditService } from '../../audit';
import { AgencyDirectory } from '../../catalog';
import { weakPassword, wrongCurrentPassword } from '../auth/auth.errors';
import { PasswordHasher } from '../auth/password-hasher';
import { RefreshTokenService } from '../auth/refresh-token.service';
import { AgencyAccessService } from '../authorization/agency-access.service';
import { findPasswordProblems } from '../domain/password-policy';
import { type Principal } from '../domain/principal';
import { StaffRole } from './staff-role.entity';
import { StaffUser } from './staff-user.entity';
import { type CreateStaffUserDto, type ListStaffUsersQuery, type UpdateStaffUserDto } from './staff-user.dto';

const userNotFound = () =>
  new DomainError('not-found', 'user-not-found', 'Không tìm thấy', 'Không tìm thấy tài khoản cán bộ.');

export interface StaffUserPage {
  items: StaffUser[];
  page: number;
  pageSize: number;
  total: number;
}

// Staff accounts, administered by ADMINs within their organisation's subtree.
@Injectable()
export class UsersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AgencyAccessService,
    private readonly directory: AgencyDirectory,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokenService,
    private readonly audit: AuditService,
  ) {}

  private get users() {
    return this.txHost.tx.getRepository(StaffUser);
  }

  async list(admin: Principal, query: ListStaffUsersQuery): Promise<StaffUserPage> {
    const organisationId =
      admin.kind === 'staff' ? await this.directory.organisationOf(admin.agencyId) : null;
    const builder = this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.roles', 'r')
      .where(
        'u.agency_id IN (SELECT descendant_id FROM agency_closure WHERE ancestor_id = :organisationId)',
        { organisationId },
      )
      .orderBy('u.username', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.agencyId) {
      builder.andWhere('u.agency_id = :agencyId', { agencyId: query.agencyId });
    }
    if (query.role) {
      builder.andWhere('u.id IN (SELECT user_id FROM staff_roles WHERE role = :role)', { role: query.role });
    }
    if (query.q) {
      builder.andWhere(
        '(f_unaccent(lower(u.full_name)) LIKE f_unaccent(lower(:q)) OR u.username LIKE lower(:q))',
        { q: `%${query.q}%` },
      );
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  @Transactional()
  async get(admin: Principal, id: string): Promise<StaffUser> {
    const user = await this.findScoped(admin, id);
    await this.audit.record({ action: 'staff-user.read', targetType: 'staff_user', targetId: id });
    return user;
  }

  // A staff member reading their own account (GET /me), audited as a read of personal data.
  @Transactional()
  async getOwn(principal: Principal): Promise<StaffUser> {
    const user = await this.users.findOne({ where: { id: principal.id }, relations: { roles: true } });
    if (!user) {
      throw userNotFound();
    }
    await this.audit.record({ action: 'staff-user.read', targetType: 'staff_user', targetId: user.id });
    return user;
  }

  @Transactional()
  async create(admin: Principal, input: CreateStaffUserDto): Promise<StaffUser> {
    await this.access.assertMayAct(admin, input.agencyId, ['ADMIN']);
    this.assertPasswordAcceptable(input.password, input.username);
    if (await this.users.existsBy({ username: input.username })) {
      throw new DomainError(
        'conflict',
        'username-taken',
        'Tên đăng nhập đã tồn tại',
        `Đã có tài khoản ${input.username}.`,
        [{ field: 'username', message: 'username đã được sử dụng' }],
      );
    }
    const user = await this.users.save(
      this.users.create({
        username: input.username,
        fullName: input.fullName.trim(),
        agencyId: input.agencyId,
        passwordHash: await this.hasher.hash(input.password),
        mustChangePassword: true,
        roles: input.roles.map((role) => ({ role }) as StaffRole),
      }),
    );
    await this.audit.record({
      action: 'staff-user.create',
      targetType: 'staff_user',
      targetId: user.id,
      summary: { username: user.username, agencyId: user.agencyId, roles: input.roles },
    });
    return user;
  }

  @Transactional()
  async update(admin: Principal, id: string, input: UpdateStaffUserDto): Promise<StaffUser> {
    const user = await this.findScoped(admin, id);
    if (input.agencyId && input.agencyId !== user.agencyId) {
      await this.access.assertMayAct(admin, input.agencyId, ['ADMIN']);
    }
    if (admin.id === user.id && (input.active === false || (input.roles && !input.roles.includes('ADMIN')))) {
      throw new DomainError(
        'conflict',
        'self-lockout',
        'Không thể tự khóa',
        'Không thể tự vô hiệu hóa hoặc tự bỏ quyền quản trị của chính mình.',
      );
    }
    const before = {
      fullName: user.fullName,
      agencyId: user.agencyId,
      active: user.active,
      roles: (user.roles ?? []).map((role) => role.role).sort(),
    };
    await this.users.update(
      { id },
      {
        fullName: input.fullName?.trim() ?? user.fullName,
        agencyId: input.agencyId ?? user.agencyId,
        active: input.active ?? user.active,
        updatedAt: new Date(),
      },
    );
    if (input.roles) {
      await this.txHost.tx.getRepository(StaffRole).delete({ userId: id });
      await this.txHost.tx.getRepository(StaffRole).insert(input.roles.map((role) => ({ userId: id, role })));
    }
    if (input.active === false || input.roles || input.agencyId) {
      // New rights or none at all: existing sessions must sign in again.
      await this.refreshTokens.revokeAllOf({ kind: 'staff', id });
    }
    await this.audit.record({
      action: 'staff-user.update',
      targetType: 'staff_user',
      targetId: id,
      summary: { before, changes: { ...input } },
    });
    return this.findScoped(admin, id);
  }

  @Transactional()
  async resetPassword(admin: Principal, id: string, newPassword: string): Promise<void> {
    const user = await this.findScoped(admin, id);
    this.assertPasswordAcceptable(newPassword, user.username);
    await this.users.update(
      { id },
      {
        passwordHash: await this.hasher.hash(newPassword),
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      },
    );
    await this.refreshTokens.revokeAllOf({ kind: 'staff', id });
    await this.audit.record({ action: 'staff-user.reset-password', targetType: 'staff_user', targetId: id });
  }

  @Transactional()
  async changeOwnPassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneBy({ id: principal.id });
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw wrongCurrentPassword();
    }
    if (currentPassword === newPassword) {
      throw weakPassword(['Mật khẩu mới phải khác mật khẩu hiện tại.'], 'newPassword');
    }
    this.assertPasswordAcceptable(newPassword, user.username, 'newPassword');
    await this.users.update(
      { id: user.id },
      { passwordHash: await this.hasher.hash(newPassword), mustChangePassword: false, updatedAt: new Date() },
    );
    await this.audit.record({
      action: 'staff-user.change-password',
      targetType: 'staff_user',
      targetId: user.id,
    });
  }

  private assertPasswordAcceptable(password: string, username: string, field = 'password'): void {
    const problems = findPasswordProblems(password, [username]);
    if (problems.length > 0) {
      throw weakPassword(problems, field);
    }
  }

  // Outside the admin's scope looks the same as not existing: no probing of other agencies.
  private async findScoped(admin: Principal, id: string): Promise<StaffUser> {
    const user = await this.users.findOne({ where: { id }, relations: { roles: true } });
    if (!user || !(await this.access.isAllowed(admin, user.agencyId, 'act', ['ADMIN']))) {
      throw userNotFound();
    }
    return user;
  }
}
