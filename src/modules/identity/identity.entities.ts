import { RefreshToken } from './auth/refresh-token.entity';
import { Citizen } from './citizens/citizen.entity';
import { StaffRole } from './users/staff-role.entity';
import { StaffUser } from './users/staff-user.entity';

export const IDENTITY_ENTITIES = [StaffUser, StaffRole, Citizen, RefreshToken];
