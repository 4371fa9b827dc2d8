import { z } from 'zod';
import { ColourSchema, EmailSchema, NameSchema, TextSchema } from './primitives';

/** The consultancy that writes the scope of work: its name, contact details, logo and colours. */

export const ConsultancyProfileSchema = z.object({
  name: NameSchema('Consultancy name'),
  address: TextSchema.default(''),
  email: EmailSchema.default(''),
  phone: z.string().max(60).default(''),
  website: z.string().max(300).default(''),
  /** A data: URL so the PDF can embed it without touching the disk. */
  logo: z
    .string()
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
      error: 'The logo must be a PNG, JPEG or SVG image',
    })
    .optional(),
  primaryColour: ColourSchema,
  accentColour: ColourSchema,
});
export type ConsultancyProfile = z.infer<typeof ConsultancyProfileSchema>;
