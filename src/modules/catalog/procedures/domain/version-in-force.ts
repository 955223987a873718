export interface VersionFacts {
  readonly versionNo: number;
  // VersionStatus; only PUBLISHED versions are ever in force.
  readonly status: string;
  // ISO date (Asia/Ho_Chi_Minh); null for a draft.
  readonly effectiveFrom: string | null;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

// The civil date in Vietnam (UTC+7, no daylight saving) of an instant, as YYYY-MM-DD.
export function vietnamDateOf(epochMs: number): string {
  return new Date(epochMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

// The published version in force on a date: the latest effective date not after it; of two
// versions effective the same day, the later number (a correction) wins. Null before the first.
export function pickVersionInForce<T extends VersionFacts>(versions: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.status !== 'PUBLISHED' || version.effectiveFrom === null || version.effectiveFrom > date) {
      continue;
    }
    if (
      best === null ||
      version.effectiveFrom > best.effectiveFrom! ||
      (version.effectiveFrom === best.effectiveFrom && version.versionNo > best.versionNo)
    ) {
      best = version;
    }
  }
  return best;
}

// Why a new published version may not take effect on `effectiveFrom`, or null when it may.
// History is never rewritten: no version takes effect before today, nor before the version it
// follows (a first version may record a past publication).
export function checkEffectiveFrom(
  effectiveFrom: string,
  today: string,
  latestPublished: VersionFacts | null,
): string | null {
  if (latestPublished === null) {
    return null;
  }
  if (effectiveFrom < today) {
    return `ngày hiệu lực ${effectiveFrom} đã qua: phiên bản mới chỉ có hiệu lực từ hôm nay (${today}) trở đi`;
  }
  if (latestPublished.effectiveFrom !== null && effectiveFrom < latestPublished.effectiveFrom) {
    return `ngày hiệu lực ${effectiveFrom} trước ngày hiệu lực của phiên bản ${latestPublished.versionNo} (${latestPublished.effectiveFrom})`;
  }
  return null;
}
