import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { problemType } from '../../../infra/http/problem-details';
import { AccessTokenService } from '../../identity';

export const DASHBOARD_COOKIE = 'motcua_queue_dashboard';

// The access token a request carries: the Authorization header, or the dashboard's own cookie
// (a browser loading the dashboard's page sends no header; POST .../session sets the cookie).
export function dashboardTokenOf(request: Request): string | null {
  const header = request.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) {
    return header.slice('Bearer '.length).trim();
  }
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${DASHBOARD_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(DASHBOARD_COOKIE.length + 1)) : null;
}

// The queue dashboard is an Express router outside Nest's routing, so the route guard does not
// reach it: this checks the same access token and lets administrators only. The dashboard's
// static bundle (no data) is served to anyone, as any page's scripts are.
@Injectable()
export class AdminOnlyMiddleware implements NestMiddleware {
  constructor(private readonly tokens: AccessTokenService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (request.method === 'GET' && request.path.startsWith('/static/')) {
      next();
      return;
    }
    const token = dashboardTokenOf(request);
    const principal = token ? this.tokens.verify(token) : null;
    if (!principal) {
      refuse(response, 401, 'unauthenticated', 'Chưa đăng nhập', 'Cần đăng nhập bằng tài khoản quản trị.');
      return;
    }
    if (principal.kind !== 'staff' || !principal.roles.includes('ADMIN')) {
      refuse(
        response,
        403,
        'forbidden',
        'Không có quyền truy cập',
        'Chỉ quản trị hệ thống được xem hàng đợi.',
      );
      return;
    }
    if (request.method === 'POST' && request.path === '/session') {
      // Hands the (already verified) token to the browser as a cookie scoped to the dashboard.
      response.cookie(DASHBOARD_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.secure,
        path: request.baseUrl,
        maxAge: 15 * 60 * 1000,
      });
      response.status(204).end();
      return;
    }
    next();
  }
}

function refuse(response: Response, status: number, code: string, title: string, detail: string): void {
  response
    .status(status)
    .type('application/problem+json')
    .json({ type: problemType(code), title, status, detail });
}
