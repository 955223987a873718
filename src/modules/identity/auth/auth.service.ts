import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { type RequestContextStore } from '../../../infra/context/request-context';
import { AuditService } from '../../audit';
import { Citizen } from '../citizens/citizen.entity';
import { classifyLogin, type LoginIdentifier } from '../domain/contact-formats';
import { isLockedOut, recordFailedLogin, SUCCESSFUL_LOGIN } from '../domain/login-lockout';
import { type Principal } from '../domain/principal';
import { StaffUser } from '../users/staff-user.entity';
import { AccessTokenService } from './access-token.service';
import { accountLocked, invalidRefreshToken, wrongCredentials } from './auth.errors';
import { type AuthSession } from './auth-session';
import { PasswordHasher } from './password-hasher';
import { PrincipalLoader } from './principal-loader';
import { RefreshTokenService } from './refresh-token.service';

type Account = { kind: 'staff'; row: StaffUser } | { kind: 'citizen'; row: Citizen };
type LoginOutcome = { ok: true; session: AuthSession } | { ok: false; lockedUntil: Date | null };

@Injectable()
export class AuthService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContextStore>,
    private readonly cipher: FieldCipher,
  ) {}

  // The failure bookkeeping commits before the error is thrown, so lockout counts hold.
  async login(login: string, password: string): Promise<AuthSession> {
    const outcome = await this.attemptLogin(login, password);
    if (outcome.ok) {
      return outcome.session;
    }
    throw outcome.lockedUntil ? accountLocked(outcome.lockedUntil) : wrongCredentials();
  }

  async refresh(presented: string): Promise<AuthSession> {
    const session = await this.attemptRefresh(presented);
    if (!session) {
      throw invalidRefreshToken();
    }
    return session;
  }

  @Transactional()
  async logout(presented: string): Promise<void> {
    if (await this.refreshTokens.revokeFamilyOf(presented)) {
      await this.audit.record({ action: 'auth.logout', targetType: 'session' });
    }
  }

  async startSession(principal: Principal, mustChangePassword = false): Promise<AuthSession> {
    const access = this.accessTokens.sign(principal);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      refreshToken: await this.refreshTokens.issue({ kind: principal.kind, id: principal.id }),
      principal,
      mustChangePassword,
    };
  }

  @Transactional()
  private async attemptLogin(login: string, password: string): Promise<LoginOutcome> {
    const identifier = classifyLogin(login);
    const account = identifier ? await this.findAccount(identifier) : null;
    if (!account) {
      await this.hasher.verifyAgainstNothing(password);
      await this.audit.record({
        action: 'auth.login-failed',
        targetType: 'account',
        summary: { reason: 'unknown-account' },
      });
      return { ok: false, lockedUntil: null };
    }
    const now = new Date();
    if (isLockedOut(account.row, now)) {
      return { ok: false, lockedUntil: account.row.lockedUntil };
    }
    // Verify even for an inactive account, so timing does not tell which accounts are active.
    const isPasswordRight = await this.hasher.verify(account.row.passwordHash, password);
    const isInactive = account.kind === 'staff' && !account.row.active;
    if (isInactive || !isPasswordRight) {
      const next = recordFailedLogin(account.row, now);
      await this.saveAttemptState(account, next);
      this.cls.set('actor', { kind: account.kind, id: account.row.id, roles: [], agencyId: null });
      await this.audit.record({
        action: 'auth.login-failed',
        targetType: account.kind,
        targetId: account.row.id,
        summary: { lockedUntil: next.lockedUntil },
      });
      return { ok: false, lockedUntil: next.lockedUntil };
    }
    await this.saveAttemptState(account, SUCCESSFUL_LOGIN);
    const principal =
      account.kind === 'staff'
        ? (await this.principals.loadStaff(account.row.id))!.principal
        : { kind: 'citizen' as const, id: account.row.id };
    this.cls.set('actor', {
      kind: principal.kind,
      id: principal.id,
      roles: principal.kind === 'staff' ? [...principal.roles] : [],
      agencyId: principal.kind === 'staff' ? principal.agencyId : null,
    });
    await this.audit.record({ action: 'auth.login', targetType: account.kind, targetId: account.row.id });
    return {
      ok: true,
      session: await this.startSession(principal, account.kind === 'staff' && account.row.mustChangePassword),
    };
  }

  @Transactional()
  private async attemptRefresh(presented: string): Promise<AuthSession | null> {
    const rotation = await this.refreshTokens.rotate(presented);
    if (rotation.outcome === 'invalid') {
      return null;
    }
    if (rotation.outcome === 'reused') {
      await this.audit.record({
        action: 'auth.refresh-reused',
        targetType: rotation.subject.kind,
        targetId: rotation.subject.id,
        summary: { familyRevoked: true },
      });
      return null;
    }
    const loaded =
      rotation.subject.kind === 'staff'
        ? (await this.principals.loadStaff(rotation.subject.id))?.principal
        : await this.principals.loadCitizen(rotation.subject.id);
    if (!loaded) {
      await this.refreshTokens.revokeAllOf(rotation.subject);
      return null;
    }
    const access = this.accessTokens.sign(loaded);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      refreshToken: rotation.token,
      principal: loaded,
      mustChangePassword: false,
    };
  }

  private async findAccount(identifier: LoginIdentifier): Promise<Account | null> {
    if (identifier.kind === 'username') {
      const row = await this.txHost.tx.getRepository(StaffUser).findOneBy({ username: identifier.value });
      return row ? { kind: 'staff', row } : null;
    }
    const citizens = this.txHost.tx.getRepository(Citizen);
    const row =
      identifier.kind === 'email'
        ? await citizens.findOneBy({ email: identifier.value })
        : await citizens.findOneBy({ phoneLookup: this.cipher.lookupHash(identifier.value) });
    return row ? { kind: 'citizen', row } : null;
  }

  private async saveAttemptState(
    account: Account,
    state: { failedLogins: number; lockedUntil: Date | null },
  ): Promise<void> {
    const repository =
      account.kind === 'staff'
        ? this.txHost.tx.getRepository(StaffUser)
        : this.txHost.tx.getRepository(Citizen);
    await repository.update(
      { id: account.row.id },
      { failedLogins: state.failedLogins, lockedUntil: state.lockedUntil },
    );
  }
}
