import { CITIZEN_HANDLING_TEMPLATES } from './citizen-handling-notices';
import { CITIZEN_RECEPTION_TEMPLATES } from './citizen-reception-notices';
import {
  composeNotice,
  type NoticeContext,
  type NoticeTemplate,
  type RenderedNotice,
} from './notice-composer';
import { checkParams, type FieldSchema, type ParamsOf } from './notice-fields';
import { STAFF_TEMPLATES } from './staff-notices';

// Every notice the system sends, by the name a delivery stores (notification_deliveries.template).
const TEMPLATES = {
  ...CITIZEN_RECEPTION_TEMPLATES,
  ...CITIZEN_HANDLING_TEMPLATES,
  ...STAFF_TEMPLATES,
};

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

// The params each template needs: what the relay and the deadline watch put in a delivery.
// Instants are ISO-8601 strings (Date#toISOString()); extra keys are ignored.
export type TemplateParams = {
  [N in TemplateName]: (typeof TEMPLATES)[N] extends NoticeTemplate<infer S> ? ParamsOf<S> : never;
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.prototype.hasOwnProperty.call(TEMPLATES, name);
}

export function audienceOf(name: TemplateName): 'citizen' | 'staff' {
  return TEMPLATES[name].audience;
}

// A planned delivery's template and params, checked by the compiler:
//   planner.plan([{ dedupeKey, channel, ...noticeTemplate('citizen.received', { dossierCode, … }) }])
export function noticeTemplate<N extends TemplateName>(
  template: N,
  params: TemplateParams[N],
): { template: N; params: Record<string, unknown> } {
  return { template, params };
}

// Why a template cannot be rendered from these params; names the fields, never their values.
export class NoticeParamsError extends Error {
  constructor(
    readonly template: string,
    readonly problems: readonly string[],
  ) {
    super(`template ${template}: ${problems.join('; ')}`);
    this.name = 'NoticeParamsError';
  }
}

export function renderNotice(
  template: string,
  params: Readonly<Record<string, unknown>>,
  context: NoticeContext,
): RenderedNotice {
  if (!isTemplateName(template)) {
    throw new NoticeParamsError(template, ['unknown template']);
  }
  // The params are JSON from the database: checked against the template's own fields first, which
  // is what makes the cast to its params type sound.
  const definition = TEMPLATES[template] as unknown as NoticeTemplate<FieldSchema>;
  const problems = checkParams(definition.fields, params);
  if (problems.length > 0) {
    throw new NoticeParamsError(template, problems);
  }
  return composeNotice(definition.draft(params as ParamsOf<FieldSchema>), context);
}
