// Agency identifiers (mã định danh) of QCVN 102:2016/BTTTT: V1V2V3.Z1Z2.Y1Y2.MX1X2, where
// MX1X2 is the level-1 identifier (H + a two-digit province number for a provincial People's
// Committee), Y1Y2 numbers a level-2 agency under it, Z1Z2 a level-3 agency under that, and
// V1V2V3 a level-4 agency. Unused groups are zeros: 000.00.00.H55 is level 1.
// Decision 20/2020/QĐ-TTg writes the same identifier level 1 first: H55, H55.31, H55.31.05,
// H55.31.05.900.

export const QCVN_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
export const DECISION20_CODE_PATTERN = /^[A-Z]\d{2}(\.\d{2}(\.\d{2}(\.\d{3})?)?)?$/;
export const LEVEL1_IDENTIFIER_PATTERN = /^[A-Z]\d{2}$/;

export interface AgencyIdentifier {
  readonly root: string; // MX1X2, e.g. H55
  // Numbers below the root, highest level first: [] for level 1, [Y] level 2, [Y, Z] level 3,
  // [Y, Z, V] level 4. None is zero.
  readonly path: readonly number[];
}

const GROUP_LIMITS = [99, 99, 999] as const;

export function parseQcvnCode(code: string): AgencyIdentifier | null {
  if (!QCVN_CODE_PATTERN.test(code)) {
    return null;
  }
  const [v, z, y, root] = code.split('.') as [string, string, string, string];
  const groups = [Number(y), Number(z), Number(v)];
  const depth = groups.findIndex((group) => group === 0);
  const path = depth === -1 ? groups : groups.slice(0, depth);
  // A zero group above a non-zero one (000.05.00.H55) names no agency.
  if (groups.slice(path.length).some((group) => group !== 0)) {
    return null;
  }
  return { root, path };
}

export function formatQcvnCode(identifier: AgencyIdentifier): string {
  const [y = 0, z = 0, v = 0] = identifier.path;
  return `${pad(v, 3)}.${pad(z, 2)}.${pad(y, 2)}.${identifier.root}`;
}

export function formatDecision20Code(identifier: AgencyIdentifier): string {
  return [identifier.root, ...identifier.path.map((group, index) => pad(group, index === 2 ? 3 : 2))].join(
    '.',
  );
}

// The Decision 20/2020 form of a QCVN 102 identifier, or null when the text is not one.
export function toDecision20Code(qcvnCode: string): string | null {
  const identifier = parseQcvnCode(qcvnCode);
  return identifier ? formatDecision20Code(identifier) : null;
}

export function level1Identifier(root: string): AgencyIdentifier {
  return { root, path: [] };
}

// The identifier numbered `number` directly below `parent`.
export function childIdentifier(parent: AgencyIdentifier, number: number): AgencyIdentifier {
  const limit = GROUP_LIMITS[parent.path.length];
  if (limit === undefined || !Number.isInteger(number) || number < 1 || number > limit) {
    throw new RangeError(`no identifier numbered ${number} below ${formatQcvnCode(parent)}`);
  }
  return { root: parent.root, path: [...parent.path, number] };
}

export function isDirectlyBelow(parent: AgencyIdentifier, child: AgencyIdentifier): boolean {
  return (
    child.root === parent.root &&
    child.path.length === parent.path.length + 1 &&
    parent.path.every((group, index) => child.path[index] === group)
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
