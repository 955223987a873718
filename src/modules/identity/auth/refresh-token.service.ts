import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { IsNull, Not } from 'typeorm';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { RefreshToken } from './refresh-token.entity';

export interface RefreshSubject {
  kind: 'staff' | 'citizen';
  id: string;
}

export type RotationResult =
  | { outcome: 'rotated'; subject: RefreshSubject; token: string }
  | { outcome: 'invalid' }
  | { outcome: 'reused'; subject: RefreshSubject };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// Refresh tokens are `<id>.<secret>`; only the secret's hash is stored. Presenting a token that
// was already rotated means it was copied: the whole family is revoked (RFC 6819 5.2.2.3).
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get tokens() {
    return this.txHost.tx.getRepository(RefreshToken);
  }

  async issue(subject: RefreshSubject, familyId: string = randomUUID()): Promise<string> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await this.tokens.insert({
      id,
      familyId,
      subjectKind: subject.kind,
      subjectId: subject.id,
      secretHash: sha256(secret),
      expiresAt,
    });
    return `${id}.${secret}`;
  }

  // Call inside a transaction: the row is locked so two concurrent refreshes cannot both win.
  async rotate(presented: string): Promise<RotationResult> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) {
      return { outcome: 'invalid' };
    }
    const stored = await this.tokens.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!stored || !timingSafeEqual(Buffer.from(stored.secretHash), Buffer.from(sha256(secret)))) {
      return { outcome: 'invalid' };
    }
    const subject: RefreshSubject = {
      kind: stored.subjectKind as RefreshSubject['kind'],
      id: stored.subjectId,
    };
    if (stored.rotatedAt !== null) {
      await this.revokeFamily(stored.familyId);
      return { outcome: 'reused', subject };
    }
    if (stored.revokedAt !== null || stored.expiresAt.getTime() <= Date.now()) {
      return { outcome: 'invalid' };
    }
    await this.tokens.update({ id }, { rotatedAt: new Date() });
    return { outcome: 'rotated', subject, token: await this.issue(subject, stored.familyId) };
  }

  async revokeFamilyOf(presented: string): Promise<boolean> {
    const stored = await this.findPresented(presented);
    if (!stored) {
      return false;
    }
    await this.revokeFamily(stored.familyId);
    return true;
  }

  // Every session of the subject, but the one `kept` belongs to (its family) when it is a live
  // token of that subject.
  async revokeAllOf(subject: RefreshSubject, kept?: string): Promise<void> {
    const found = kept === undefined ? null : await this.findPresented(kept);
    const stays =
      found !== null &&
      found.revokedAt === null &&
      found.subjectKind === subject.kind &&
      found.subjectId === subject.id;
    await this.tokens.update(
      {
        subjectKind: subject.kind,
        subjectId: subject.id,
        revokedAt: IsNull(),
        ...(stays ? { familyId: Not(found.familyId) } : {}),
      },
      { revokedAt: new Date() },
    );
  }

  // The stored row of a presented `<id>.<secret>` token, if it is one.
  private async findPresented(presented: string): Promise<RefreshToken | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) {
      return null;
    }
    const stored = await this.tokens.findOneBy({ id });
    return stored && stored.secretHash === sha256(secret) ? stored : null;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
