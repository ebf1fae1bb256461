import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  type DocumentFrontMatter,
  documentFrontMatterSchema,
} from '../../../src/knowledge/document-schema.ts';
import {
  type ImportedReport,
  importPdfReport,
} from '../../../src/knowledge/pdf/import-pdf-report.ts';

const knowledgeDir = path.resolve(import.meta.dirname, '../../../knowledge');

interface BundledReport {
  id: string;
  pdf: string;
  /** The last printed paragraph number, read off the PDF's last numbered paragraph. */
  lastParagraph: number;
  /** Printed text that must come through word for word (page breaks, hyphens, quotes, footnotes). */
  verbatim: string[];
  /** Text that must not survive the cleaning. */
  absent: string[];
}

const reports: BundledReport[] = [
  {
    id: 'ofsted-2017',
    pdf: 'croydon-ofsted-2017.pdf',
    lastParagraph: 131,
    verbatim: [
      // Line-end hyphens that are real hyphens.
      'However, there is an insufficient range of evidence-based interventions to support families.',
      'The early help screening and assessment process builds delay in decision-making processes and operates separately from children’s social care systems.',
      'There is an effective commitment to partnership working between the multi-agency public protection arrangements (MAPPAs) and multi-agency risk assessment conferences (MARACs).',
      'At the time of the inspection, one care leaver was in short-term bed and breakfast accommodation and, although his circumstances were well assessed and supported, this is not acceptable practice. (Recommendation)',
      'Include the work of the previous child sexual exploitation and ‘missing’ sub-group in the Vulnerable Adolescent Committee',
      // A run that pdfjs places apart from its line (". Alternative").
      'Education welfare officers work closely with schools and other partners to ensure that children return to school and improve their attendance. Alternative provision meets the needs of children and young people effectively.',
      // Footnote markers detached (printed "Board¹", "area²", "schools³").
      '# Inspection of services for children in need of help and protection, children looked after and care leavers and Review of the effectiveness of the Local Safeguarding Children Board\n',
      '## Information about this local authority area\n',
      '  - four lived in residential special schools and they lived out of the authority area\n',
      '\nThese are residential special schools that look after children for 295 days or less per year.\n',
      // Curly quotes.
      'One foster carer said, ‘We are very lucky to have him in our family.’',
      // Judgements as printed: beside the headings, and in heading type on their own.
      '## The experiences and progress of children who need help and protection\n\nInadequate\n',
      '## Leadership, management and governance\n\nInadequate\n',
      '\nThe Local Safeguarding Children Board is inadequate\n',
      '\nChildren’s services in Croydon are inadequate\n',
      '### The graded judgement for adoption performance is that it requires improvement\n',
      // A page that ends with its paragraph: the next page starts a new one.
      'targeting the areas of greatest concern.\n\nMost children looked after live in stable foster placements where they are cared for well.',
      '\nInspection date: 20 June – 13 July 2017\n',
      '\nReport published: 4 September 2017\n',
      '\nLead inspector: Marcie Taylor\n',
    ],
    absent: ['Board1', 'area2', 'schools3', 'Contents', 'Piccadilly Gate', '© Crown copyright'],
  },
  {
    id: 'ofsted-2020',
    pdf: 'croydon-ofsted-2020.pdf',
    lastParagraph: 56,
    verbatim: [
      // Paragraphs 12, 18 and 31 run across page breaks.
      'Responses are timely, and strategy meetings are held when needed and are well recorded.',
      'Tracking systems maintain good oversight of all pupils missing education.',
      'Senior managers have made improvements to the fostering service and are currently working with an external organisation to increase foster carer recruitment and retention levels.',
      // Line-end hyphens.
      'Children at risk of exploitation benefit from effective multi-agency information-sharing.',
      'Consequently, overall attendance levels are now broadly in line with the national average and fixed-term exclusions are below average.',
      'The picture is not as strong for 18- to 25-year-olds.',
      'This is reflected well in their self-assessment, which sets out clear objectives, actions and expected impact and outcomes.',
      // Curly quotes and apostrophes.
      'These include the new purpose-built Croydon youth zone, named by the young people as ‘Legacy’, which is having a positive impact on children’s experiences.',
      // Words pdfjs splits into several runs ("progr" + "ess", ":" + "g" + "ood", "16" + "-").
      '# The experiences and progress of children who need help and protection: good\n',
      '- Services provided to homeless 16- and 17-year-olds.\n',
      '- Overall effectiveness Good\n',
      '\nInspection dates: 3 February 2020 to 14 February 2020\n',
      '\nLead inspector: Tara Geere\n',
    ],
    absent: ['Piccadilly Gate', '© Crown copyright', 'Judgement Grade'],
  },
  {
    id: 'ofsted-2024',
    pdf: 'croydon-ofsted-2024.pdf',
    lastParagraph: 65,
    verbatim: [
      // Paragraphs 5, 29 and 56 run across a page break and its running footer.
      'In response to concerns raised during the inspection, leaders have recognised a need to further strengthen recording and oversight of children who have been held in police stations overnight.',
      'Social workers understand the importance of family time, and this is organised well, taking place in appropriate and fun settings.',
      'There is an active range of Children in Care Council/Care Leaver groups who meet regularly.',
      // Line-end hyphens.
      'They have also strengthened oversight of out-of-hours activity through a weekly review meeting.',
      'When concerns increase for children, plans are appropriately escalated into pre-proceedings.',
      'Croydon has been successful in its application to be part of the Department for Education’s sector-led improvement partners, resulting in work with another borough to support continued improvement.',
      // Curly quotes and apostrophes, including across pdfjs's stray line breaks.
      'This has impacted on children’s experiences and has created an unhelpful ‘start again’ scenario.',
      'Adopters who spoke to inspectors described early permanence workers as ‘pockets of excellence’ and ‘exceptional’.',
      'Care leavers’ views are heard and listened to, with a strong commitment from leaders reflected in their co-chairing of the corporate parenting board.',
      '# The experiences and progress of children who need help and protection: requires improvement to be good\n',
      '- The experiences and progress of care leavers Good\n',
      '- Overall effectiveness Good\n',
      '\nInspection dates: 14 to 25 October 2024\n',
      '\nLead inspector: Christine Kennet, His Majesty’s Inspector\n',
    ],
    absent: [
      'Inspection of Croydon local authority children’s services 14 to 25 October 2024',
      'need to 14',
      'taking 14',
      'There is 14',
      'Piccadilly Gate',
      '© Crown copyright',
    ],
  },
];

/** The committed document's front matter, as the options a re-import is given. */
function optionsFrom(frontMatter: DocumentFrontMatter) {
  return {
    sourceFileName: frontMatter.source_file ?? '',
    id: frontMatter.id,
    title: frontMatter.title,
    publisher: frontMatter.publisher,
    published: frontMatter.published,
    kind: frontMatter.kind,
    url: frontMatter.url,
    ...(frontMatter.council === undefined ? {} : { council: frontMatter.council }),
    ...(frontMatter.licence === undefined ? {} : { licence: frontMatter.licence }),
  };
}

function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

describe.each(reports)('the bundled report $id', (report) => {
  let committed: string;
  let committedFrontMatter: DocumentFrontMatter;
  let imported: ImportedReport;

  beforeAll(async () => {
    committed = await readFile(path.join(knowledgeDir, `${report.id}.md`), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(committed)?.[1] ?? '';
    committedFrontMatter = documentFrontMatterSchema.parse(parseYaml(yaml));
    const bytes = new Uint8Array(await readFile(path.join(knowledgeDir, 'originals', report.pdf)));
    imported = await importPdfReport(bytes, optionsFrom(committedFrontMatter));
  });

  it('re-imports byte for byte the same as the committed document', () => {
    expect(imported.markdown).toBe(committed);
  });

  it('has front matter that the knowledge schema accepts', () => {
    expect(documentFrontMatterSchema.safeParse(imported.frontMatter).success).toBe(true);
    expect(committedFrontMatter.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(committedFrontMatter.numbered_paragraphs).toBe(true);
    expect(committedFrontMatter.url).toMatch(/^https:\/\/files\.ofsted\.gov\.uk\//);
    expect(committedFrontMatter.council?.id).toBe('croydon');
  });

  it('has every printed paragraph number once, in order, with no gaps', () => {
    const expected = Array.from({ length: report.lastParagraph }, (_, index) => index + 1);
    expect(imported.paragraphNumbers).toEqual(expected);
    const inBody = [...bodyOf(imported.markdown).matchAll(/^(\d+)\. /gm)].map((match) =>
      Number(match[1]),
    );
    expect(inBody).toEqual(expected);
  });

  it('keeps no page number or running header/footer in the text', () => {
    const body = bodyOf(imported.markdown);
    expect(body).not.toMatch(/^\s*\d+\s*$/m);
    expect(body).not.toMatch(/\S \d{1,2}$/m);
    for (const text of report.absent) expect(body).not.toContain(text);
  });

  it('keeps the sampled text word for word', () => {
    const body = bodyOf(imported.markdown);
    for (const text of report.verbatim) expect(body).toContain(text);
  });

  it('has one block per line: no wrapped lines, no stray bullet glyphs', () => {
    const body = bodyOf(imported.markdown);
    expect(body).not.toMatch(/[\u25A0-\u25FF\uF000-\uF0FF\u2022]/u);
    expect(body).not.toMatch(/[^\n ] {2,}/);
    // Every non-blank line is a heading, a list item or a whole paragraph after a blank line.
    const lines = body.split('\n');
    lines.forEach((text, index) => {
      if (text === '' || /^#{1,6} |^ *- /.test(text)) return;
      expect(lines[index - 1] ?? '', `line ${index + 1}: ${text.slice(0, 40)}`).toBe('');
    });
  });
});

describe('importing a bundled report without the metadata it does not print', () => {
  it('refuses, naming the file and what to give', async () => {
    const bytes = new Uint8Array(
      await readFile(path.join(knowledgeDir, 'originals', 'croydon-ofsted-2024.pdf')),
    );
    const attempt = importPdfReport(bytes, { sourceFileName: 'croydon-ofsted-2024.pdf' });
    await expect(attempt).rejects.toMatchObject({
      failure: 'missing-metadata',
      message: expect.stringMatching(/"croydon-ofsted-2024\.pdf".*publication date.*--published/),
    });
  });
});
