import { type Locator, type Page } from 'playwright-core';

// Waits for a dialog's or a dropdown's opening animation (Ant Design's zoom and slide) to end:
// on a loaded machine a click aimed while it still moved landed beside its target (a radio
// button or an option that then was not chosen).
export async function finishAnimations(element: Locator): Promise<void> {
  await element.waitFor();
  await element.evaluate(
    (node: { getAnimations(options: { subtree: boolean }): Array<{ finished: Promise<unknown> }> }) =>
      Promise.all(node.getAnimations({ subtree: true }).map((animation) => animation.finished)),
  );
}

// An Ant Design select: open it from its labelled input (typing to narrow it, if asked), click the
// option once the dropdown stands still, and wait until the select shows it. The dropdown is the
// one just opened, not an earlier one still sliding away (both are visible for a moment).
export async function chooseOption(
  page: Page,
  select: Locator,
  option: string,
  typed?: string,
): Promise<void> {
  await select.click();
  if (typed) {
    await select.fill(typed);
  }
  const dropdown = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
  await finishAnimations(dropdown);
  await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
  await select
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]')
    .filter({ hasText: option })
    .waitFor({ timeout: 5000 });
}
