/** `GET /api/plans/:id/export?format=F[&version=V][&comments=1]`: the answer is the file itself. */
import { z } from 'zod';

/** The files the server makes, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'xlsx', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
    version: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'version must be a version id')
      .optional(),
    /** `1`: the open comment threads as Word comments. */
    comments: z.enum(['0', '1'], { message: 'comments must be 0 or 1' }).optional(),
  })
  .refine((query) => query.comments !== '1' || query.format === 'docx', {
    message: 'comments=1 is for format=docx only',
    path: ['comments'],
  });
