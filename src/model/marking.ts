import { z } from 'zod';

/** Traffic Light Protocol 2.0 markings. */
export const TLP_MARKINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type TlpMarking = (typeof TLP_MARKINGS)[number];
export const TlpMarkingSchema = z.enum(TLP_MARKINGS);
