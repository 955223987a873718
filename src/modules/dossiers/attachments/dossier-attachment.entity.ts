import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Dossier } from '../dossier.entity';

// A file of a dossier: a scan of a submitted document, a supplement, or the result. The bytes
// live in the FileStorage under `storageKey`; the type was sniffed from the content, never taken
// from the client's header, and the checksum was computed while storing.
@Entity('dossier_attachments')
@Check(`"purpose" IN ('DOCUMENT', 'SUPPLEMENT', 'RESULT', 'OTHER')`)
@Check(`"uploader_kind" IN ('staff', 'citizen')`)
@Index(['dossierId', 'uploadedAt'])
export class DossierAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  dossierId!: string;

  @ManyToOne(() => Dossier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: Relation<Dossier>;

  @Column({ type: 'varchar', length: 12 })
  purpose!: string;

  // Which document of the published list this file is (index into the pinned version's list).
  @Column({ type: 'smallint', nullable: true })
  documentIndex!: number | null;

  @Column({ type: 'varchar', length: 64 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 10 })
  uploaderKind!: string;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}
