/**
 * What each role may see, in the words the user-management page shows next to the choice.
 * Kept beside the admin code so it changes with src/lib/server/auth/scope.ts, which enforces it.
 */
import { ROLES, type Role } from '$lib/server/auth/users';

export interface RoleChoice {
	role: Role;
	label: string;
	description: string;
}

const TEXT: Record<Role, Omit<RoleChoice, 'role'>> = {
	admin: { label: 'Administrator', description: 'Manages users, imports and settings; sees every row of every program.' },
	dean: { label: 'Dean', description: 'All programs, de-identified: no names, emails or free-text comments.' },
	coordinator: { label: 'Coordinator', description: 'Identified rows for the programs assigned below, and nothing else.' },
	reviewer: { label: 'Reviewer', description: 'Aggregate tables only, with counts under 11 suppressed (accreditation).' }
};

export const ROLE_CHOICES: readonly RoleChoice[] = ROLES.map((role) => ({ role, ...TEXT[role] }));
