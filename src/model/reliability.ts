import { z } from 'zod';

/** Admiralty (NATO) source reliability, A (completely reliable) to F (cannot be judged). */
export const SOURCE_RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
export const SourceReliabilitySchema = z.enum(SOURCE_RELIABILITIES);

export const SOURCE_RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Admiralty information credibility, 1 (confirmed) to 6 (truth cannot be judged). */
export const INFORMATION_CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type InformationCredibility = (typeof INFORMATION_CREDIBILITIES)[number];
export const InformationCredibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

export const INFORMATION_CREDIBILITY_LABELS: Record<InformationCredibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};
