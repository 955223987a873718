import { type Principal } from '../domain/principal';

// What a successful sign-in or refresh returns.
export interface AuthSession {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  principal: Principal;
  mustChangePassword: boolean;
}
