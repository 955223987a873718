import path from 'node:path';
import { type Page } from 'playwright-core';

export const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

// Serious and critical WCAG 2.1 A/AA violations inside the open dialog (as the accessibility
// spec audits whole screens), one line per element.
export async function auditDialog(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  // Run in the page (the test's tsconfig has no DOM types: the page's globals are reached
  // through globalThis).
  const violations = await page.evaluate(async () => {
    const scope = globalThis as unknown as {
      axe: {
        run: (
          context: unknown,
          options: unknown,
        ) => Promise<{
          violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
        }>;
      };
    };
    const result = await scope.axe.run('.ant-modal', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
