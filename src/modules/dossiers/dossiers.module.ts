import { Module } from '@nestjs/common';
import { DossierCodeCounterRepository } from './codes/dossier-code-counter.repository';

// Dossier lifecycle (issue 6). So far: the tables, the code sequence; intake and the workflow
// come next (see the README's "Dossiers" section for what is built).
@Module({
  providers: [DossierCodeCounterRepository],
  exports: [DossierCodeCounterRepository],
})
export class DossiersModule {}
