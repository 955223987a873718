import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { FileStorage, type InspectedFile, SCAN_TYPES, storeInspectedFile } from '../../../infra/storage';
import { AuditService } from '../../audit';
import { ProcedureCatalog } from '../../catalog';
import { AgencyAccessService, type Principal } from '../../identity';
import { type DossierStatus } from '../domain';
import { Dossier } from '../dossier.entity';
import { DossierQueryService } from '../dossier-query.service';
import { dossierNotFound } from '../intake/intake.errors';
import { DossierAttachment } from './dossier-attachment.entity';
import { nameAttachment } from './domain/attachment-file-name';
import {
  assertDocumentKnown,
  assertOpenForUploads,
  assertUploadAllowed,
  type AttachmentRequest,
  markDigitised,
  parseAttachmentFields,
  type UploaderKind,
} from './domain/attachment-policy';
import { attachmentNotFound } from './domain/attachment.errors';
import { type ReceivedUpload, type UploadSink } from './multipart-upload';

// Reads the request body, storing the file through the sink while it arrives (the HTTP layer's
// part, so this service never sees a request).
export type AttachmentReceiver = (sink: UploadSink<InspectedFile>) => Promise<ReceivedUpload<InspectedFile>>;

export interface AttachmentDownload {
  readonly attachment: DossierAttachment;
  readonly content: Readable;
}

// Files of a dossier: scans of its documents, supplements, the result. The bytes go to the
// FileStorage first (type sniffed, size capped, checksum computed while streaming); the row, the
// digitised flag and the audit record then commit together, and a failed commit removes the file.
// Outside the dossier's scope every answer is "not found", as for the dossier itself.
@Injectable()
export class DossierAttachmentsService {
  private readonly logger = new Logger(DossierAttachmentsService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly catalog: ProcedureCatalog,
    private readonly access: AgencyAccessService,
    private readonly queries: DossierQueryService,
    private readonly audit: AuditService,
  ) {}

  async upload(
    uploader: Principal,
    dossierId: string,
    receive: AttachmentReceiver,
    now?: Date,
  ): Promise<DossierAttachment> {
    // Before a byte of the body is read: an outsider gets 404 and a closed dossier 409.
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ id: dossierId });
    if (!dossier || !(await this.mayUpload(uploader, dossier))) {
      throw dossierNotFound();
    }
    assertOpenForUploads(dossier.status as DossierStatus, uploader.kind);
    const received = await receive({
      store: (content) => storeInspectedFile(this.storage, content, SCAN_TYPES),
      discard: (stored) => this.storage.delete(stored.key),
    });
    try {
      const request = parseAttachmentFields(received.fields);
      assertUploadAllowed(dossier.status as DossierStatus, uploader.kind, request);
      // The pinned version never changes: read it before the transaction (the catalog reads on
      // a connection of its own).
      const publishedCount =
        request.documentIndex === null ? 0 : await this.publishedDocumentCount(dossier.procedureVersionId);
      // Stored when the whole file has arrived, not when the request began.
      return await this.record(uploader, dossierId, request, received, publishedCount, now ?? new Date());
    } catch (error) {
      await this.discard(received.stored);
      throw error;
    }
  }

  async list(reader: Principal, dossierId: string): Promise<DossierAttachment[]> {
    await this.findReadable(reader, dossierId);
    return this.dataSource
      .getRepository(DossierAttachment)
      .find({ where: { dossierId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  async openForReader(
    reader: Principal,
    dossierId: string,
    attachmentId: string,
  ): Promise<AttachmentDownload> {
    await this.findReadable(reader, dossierId);
    const attachment = await this.dataSource
      .getRepository(DossierAttachment)
      .findOneBy({ id: attachmentId, dossierId });
    if (!attachment) {
      throw attachmentNotFound();
    }
    // Opened before the answer starts, so a missing file is a problem response, not a cut stream.
    const content = await this.storage.openRead(attachment.storageKey);
    try {
      await this.audit.record({
        action: 'dossier.attachment-download',
        targetType: 'dossier',
        targetId: dossierId,
        summary: { attachmentId, purpose: attachment.purpose, sha256: attachment.sha256 },
      });
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { attachment, content };
  }

  @Transactional()
  private async record(
    uploader: Principal,
    dossierId: string,
    request: AttachmentRequest,
    received: ReceivedUpload<InspectedFile>,
    publishedCount: number,
    now: Date,
  ): Promise<DossierAttachment> {
    const dossiers = this.txHost.tx.getRepository(Dossier);
    const dossier = await dossiers.findOne({ where: { id: dossierId }, lock: { mode: 'pessimistic_write' } });
    if (!dossier || !(await this.mayUpload(uploader, dossier))) {
      throw dossierNotFound();
    }
    // Again under the lock: an action may have moved the dossier while the file was arriving.
    assertUploadAllowed(dossier.status as DossierStatus, uploader.kind, request);
    if (request.documentIndex !== null) {
      assertDocumentKnown(request.documentIndex, publishedCount, dossier.documents);
    }
    const { stored } = received;
    const attachment = await this.txHost.tx.getRepository(DossierAttachment).save(
      this.txHost.tx.getRepository(DossierAttachment).create({
        dossierId,
        purpose: request.purpose,
        documentIndex: request.documentIndex,
        storageKey: stored.key,
        fileName: nameAttachment(received.declaredName, stored.extension),
        mediaType: stored.mime,
        sizeBytes: String(stored.size),
        sha256: stored.sha256,
        uploaderKind: uploader.kind satisfies UploaderKind,
        uploadedById: uploader.id,
        uploadedAt: now,
      }),
    );
    if (request.purpose === 'DOCUMENT' && request.documentIndex !== null) {
      // The version column is named so TypeORM keeps it: a scan is not a workflow change, and an
      // action prepared on the dossier meanwhile must not turn stale because of it.
      await dossiers.update(dossierId, {
        documents: markDigitised(dossier.documents, request.documentIndex),
        rowVersion: dossier.rowVersion,
        updatedAt: now,
      });
    }
    await this.audit.record({
      action: 'dossier.attachment-upload',
      targetType: 'dossier',
      targetId: dossierId,
      summary: {
        attachmentId: attachment.id,
        purpose: attachment.purpose,
        documentIndex: attachment.documentIndex,
        mediaType: attachment.mediaType,
        sizeBytes: stored.size,
        sha256: attachment.sha256,
      },
    });
    return attachment;
  }

  private async findReadable(reader: Principal, dossierId: string): Promise<Dossier> {
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ id: dossierId });
    if (!dossier || !(await this.queries.mayRead(reader, dossier))) {
      throw dossierNotFound();
    }
    return dossier;
  }

  // As WorkflowService decides who may act: staff for the agency holding the dossier or the desk
  // that received it (with a role that acts there); a citizen only on their own dossier.
  private async mayUpload(uploader: Principal, dossier: Dossier): Promise<boolean> {
    if (uploader.kind === 'citizen') {
      return dossier.citizenId === uploader.id;
    }
    return (
      (await this.access.isAllowed(uploader, dossier.currentAgencyId, 'act')) ||
      (await this.access.isAllowed(uploader, dossier.receivingAgencyId, 'act'))
    );
  }

  private async publishedDocumentCount(versionId: string): Promise<number> {
    const version = await this.catalog.findVersionById(versionId);
    return version?.content.documents.length ?? 0;
  }

  // A file whose row never committed is removed; if even that fails, it is only an orphan.
  private async discard(stored: InspectedFile): Promise<void> {
    try {
      await this.storage.delete(stored.key);
    } catch (error) {
      this.logger.warn(`Could not remove uncommitted attachment ${stored.key}: ${(error as Error).message}`);
    }
  }
}
