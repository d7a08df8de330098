import { z } from 'zod';
import { TLP_MARKINGS, TlpMarkingSchema, type TlpMarking } from './marking.js';

/** What a user may do: readers read; analysts also review, ingest, import and merge; admins manage users. */
export const ROLES = ['reader', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/**
 * Who is reading or writing: the user behind a request or a command, with the highest marking
 * they are cleared for and the workspaces they may open (null: every workspace).
 */
export const ViewerSchema = z.object({
  userId: z.string().nullable(),
  name: z.string().min(1),
  role: RoleSchema,
  clearance: TlpMarkingSchema,
  workspaces: z.array(z.string()).nullable(),
});
export type Viewer = z.infer<typeof ViewerSchema>;

/**
 * The local operator: whoever runs the CLI against a store they can open directly already has
 * every file of it, so the CLI reads as this viewer (audited under `name`).
 */
export const SYSTEM_VIEWER: Viewer = { userId: null, name: 'local', role: 'admin', clearance: 'TLP:RED', workspaces: null };

/** TLP 2.0 order: CLEAR < GREEN < AMBER < AMBER+STRICT < RED. */
export function markingRank(marking: TlpMarking): number {
  return TLP_MARKINGS.indexOf(marking);
}

/** The markings a clearance may see, lowest first. */
export function visibleMarkings(clearance: TlpMarking): TlpMarking[] {
  return TLP_MARKINGS.slice(0, markingRank(clearance) + 1);
}

export function canSeeMarking(viewer: Viewer, marking: TlpMarking): boolean {
  return markingRank(marking) <= markingRank(viewer.clearance);
}

export function canOpenWorkspace(viewer: Viewer, workspaceId: string): boolean {
  return viewer.workspaces === null || viewer.workspaces.includes(workspaceId);
}

const ROLE_RANK: Record<Role, number> = { reader: 0, analyst: 1, admin: 2 };

/** True when `role` is at least `needed` (admin ⊃ analyst ⊃ reader). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}
