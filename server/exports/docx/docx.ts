/**
 * The plan as a Word document, laid out the way a municipality makes its own:
 * a title page, the plan text with Word's heading and list styles (so the
 * navigation pane, a table of contents and screen readers work), and the
 * measure table on landscape pages as a real Word table with merged
 * focus-area and goal cells, a header row repeated on every page, and
 * statuses shaded and worded. Each part has its module beside this one:
 * `textBlocks.ts`, `measureTable.ts`, `sections.ts`, `styles.ts` and
 * `docxComments.ts` (open comment threads as Word comments).
 */
import { Document, Packer, PageOrientation, Paragraph, SectionType, TextRun, VerticalAlignSection, type ISectionOptions } from 'docx';
import { documentInfo } from '../common/documentInfo';
import { MEASURE_TABLE_TITLE, measureRows } from '../common/measureTable';
import { planTextTopBlocks, topSectionLevel } from '../common/planText';
import type { ExportInput } from '../types';
import { indicatorExportSection } from '../../indicators/exportSection';
import { chartImages } from './chartImage';
import { WordComments } from './docxComments';
import { indicatorBlockDocx } from './indicatorBlock';
import { indicatorSectionDocx } from './indicatorSection';
import { legend, measureTable } from './measureTable';
import { footer, titlePage } from './sections';
import { A4, DOCUMENT_STYLES, HEADINGS, LANDSCAPE_MARGIN, MARGIN, TABLE_WIDTH, TEXT_WIDTH } from './styles';
import { Lists, renderBlocks } from './textBlocks';

export async function renderDocx(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const blocks = planTextTopBlocks(input.data.body, info.title);
  const lists = new Lists();
  const portrait = { page: { size: A4, margin: MARGIN } };
  const comments = input.comments ? new WordComments(input.comments) : undefined;
  const indicators = await indicatorExportSection(input.indicators);
  const images = await chartImages(indicators);
  // The text and the table first: the comments they do not place go on the title page.
  const textContext = { lists, indent: 0, width: TEXT_WIDTH, comments };
  const text = blocks.flatMap((block) => (block.kind === 'indicatorChart' ? indicatorBlockDocx(indicators, block, TEXT_WIDTH, images) : renderBlocks([block], textContext)));
  const table = measureTable(measureRows(input.data), comments);

  const sections: ISectionOptions[] = [
    {
      properties: { ...portrait, verticalAlign: VerticalAlignSection.CENTER },
      children: titlePage(info, comments?.unplaced()),
    },
  ];
  if (blocks.length > 0) {
    sections.push({
      properties: { ...portrait, type: SectionType.NEXT_PAGE },
      footers: { default: footer(info, TEXT_WIDTH) },
      children: text,
    });
  }
  sections.push({
    properties: {
      type: SectionType.NEXT_PAGE,
      page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN },
    },
    footers: { default: footer(info, TABLE_WIDTH) },
    children: [
      new Paragraph({ heading: HEADINGS[topSectionLevel(blocks)], children: [new TextRun(MEASURE_TABLE_TITLE)] }),
      table,
      ...legend(),
    ],
  });
  if (indicators) {
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
      footers: { default: footer(info, TABLE_WIDTH) },
      children: indicatorSectionDocx(indicators, topSectionLevel(blocks), images),
    });
  }

  const doc = new Document({
    title: info.title,
    subject: info.versionLabel,
    creator: info.municipality ?? '',
    lastModifiedBy: info.municipality ?? '',
    description: [info.title, info.versionLabel, info.date].filter(Boolean).join(', '),
    styles: DOCUMENT_STYLES,
    numbering: { config: lists.config() },
    ...(comments ? { comments: comments.options() } : {}),
    sections,
  });
  return Packer.toBuffer(doc);
}
