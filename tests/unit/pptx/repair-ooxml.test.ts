import { describe, expect, it } from 'vitest';
import { repairSlideXml } from '../../../src/pptx/repair-ooxml.js';

describe('repairSlideXml', () => {
  it('keeps one paragraph property block, the first, in each paragraph', () => {
    const xml = '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r><a:pPr/><a:r><a:t>c</a:t></a:r></a:p>';
    expect(repairSlideXml(xml)).toBe('<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r><a:r><a:t>c</a:t></a:r></a:p>');
  });

  it('drops a paragraph property block that does not come first', () => {
    expect(repairSlideXml('<a:p><a:r><a:t>a</a:t></a:r><a:pPr/></a:p>')).toBe('<a:p><a:r><a:t>a</a:t></a:r></a:p>');
  });

  it('adds the effect list a solid background needs', () => {
    expect(repairSlideXml('<p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr>')).toBe('<p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr>');
  });
});
