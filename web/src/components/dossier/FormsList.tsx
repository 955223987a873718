import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { ProblemAlert } from '../ProblemAlert';
import { dossierApi, type FormListing } from './dossier-api';
import { openPdfInNewTab } from './open-file';
import './dossier.css';

// The one-stop forms of the dossier's form set: which exist now (open the PDF in a new tab,
// where the browser prints it) and, for the others, why not yet.
export function FormsList({ dossierId, listing }: { dossierId: string; listing: FormListing }) {
  const [problem, setProblem] = useState<{ name: string; problem: ApiProblem } | null>(null);
  const open = (name: string) => {
    setProblem(null);
    openPdfInNewTab(() => dossierApi.formPdf(dossierId, name)).catch((error: unknown) =>
      setProblem({ name, problem: toApiProblem(error) }),
    );
  };
  return (
    <>
      <Typography.Paragraph className="muted" style={{ marginTop: 0 }}>
        Theo {listing.legalBasis}
        {listing.isFormSetConfirmed ? '' : ' (số hiệu mẫu theo nguồn thứ cấp, chưa đối chiếu)'}.
      </Typography.Paragraph>
      <ul className="row-list">
        {listing.forms.map((form) => (
          <li key={form.name}>
            <div className="row-list__main">
              <div>
                Mẫu {form.number}: {form.title}
              </div>
              {form.isAvailable ? null : <div className="muted">{form.reason}</div>}
              {problem?.name === form.name ? <ProblemAlert problem={problem.problem} /> : null}
            </div>
            {form.isAvailable ? (
              <Button
                size="small"
                onClick={() => open(form.name)}
                aria-label={`Mở PDF Mẫu ${form.number}: ${form.title}`}
              >
                Mở PDF
              </Button>
            ) : (
              <Tag>Chưa có</Tag>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
