import { useEffect, useState } from 'react';
import { myDossiersApi } from './citizen-api';

// A dossier names its procedure by id; the names come from the public catalog, once per
// procedure for the whole visit.
const names = new Map<string, Promise<string>>();

function nameOf(procedureId: string): Promise<string> {
  let name = names.get(procedureId);
  if (!name) {
    name = myDossiersApi
      .procedure(procedureId)
      .then((procedure) => procedure.currentVersion?.name ?? procedure.code)
      .catch(() => {
        names.delete(procedureId);
        return 'Thủ tục hành chính';
      });
    names.set(procedureId, name);
  }
  return name;
}

export function useProcedureNames(procedureIds: readonly string[]): ReadonlyMap<string, string> {
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(procedureIds)].sort().join(',');
  useEffect(() => {
    let current = true;
    const ids = key ? key.split(',') : [];
    void Promise.all(ids.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (current) {
        setKnown(new Map(pairs));
      }
    });
    return () => {
      current = false;
    };
  }, [key]);
  return known;
}
