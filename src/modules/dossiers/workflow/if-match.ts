// If-Match carries the dossier version as an entity tag: "3", W/"3" or 3.
export function versionFromIfMatch(header: string | undefined): number | undefined {
  const match = header ? /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim()) : null;
  return match ? Number(match[1]) : undefined;
}
