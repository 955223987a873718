import { DEFAULT_GATEWAY_PAYLOAD, isGatewayPayload } from '../../../config/notifications-config';
import { fillGatewayPayload } from './gateway-payload';

describe('gateway payload template', () => {
  it('fills the default template into JSON the gateway can read', () => {
    const body = fillGatewayPayload(DEFAULT_GATEWAY_PAYLOAD, {
      to: '0905123456',
      text: 'Ho so 000.21.30.H55-250120-0007 da co ket qua.',
      deliveryId: 'd-1',
    });
    expect(JSON.parse(body)).toEqual({
      to: '0905123456',
      text: 'Ho so 000.21.30.H55-250120-0007 da co ket qua.',
      requestId: 'd-1',
    });
  });

  it('escapes quotes, backslashes and line breaks so the text cannot add a field', () => {
    const body = fillGatewayPayload('{"phone":"{{to}}","message":"{{text}}"}', {
      to: '84905123456',
      text: 'Hồ sơ "A"\n\\", "admin": "true',
      deliveryId: 'x',
    });
    expect(JSON.parse(body)).toEqual({ phone: '84905123456', message: 'Hồ sơ "A"\n\\", "admin": "true' });
  });

  it('accepts at boot only templates that give JSON and place the recipient and the text', () => {
    expect(isGatewayPayload(DEFAULT_GATEWAY_PAYLOAD)).toBe(true);
    expect(isGatewayPayload('{"data":{"phone":"{{to}}","content":"{{text}}"},"sms_type":2}')).toBe(true);
    expect(isGatewayPayload('{"to":"{{to}}"}')).toBe(false);
    expect(isGatewayPayload('to={{to}}&text={{text}}')).toBe(false);
  });
});
