// The body of a gateway request: the operator's JSON template with {{to}}, {{text}} and
// {{deliveryId}} replaced by JSON-escaped values, so a quote or a line break in a message cannot
// break the JSON or add a field. Placeholders stand between quotes in the template.
export interface GatewayValues {
  readonly to: string;
  readonly text: string;
  readonly deliveryId: string;
}

export function fillGatewayPayload(template: string, values: GatewayValues): string {
  return template.replace(/\{\{(to|text|deliveryId)\}\}/g, (_match, name: keyof GatewayValues) =>
    JSON.stringify(values[name]).slice(1, -1),
  );
}
