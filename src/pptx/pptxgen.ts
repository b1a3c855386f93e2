/**
 * pptxgenjs, typed: the one place that imports it. Node loads its ES build, whose
 * default export is the class (so does the CLI's CommonJS bundle, through esbuild's
 * interop); TypeScript reads its types as CommonJS, one `.default` deeper.
 */
import * as pptxgen from 'pptxgenjs';

type Constructor = typeof pptxgen.default.default;
const loaded = pptxgen.default as unknown as Constructor | { default: Constructor };
export const PptxGenJS: Constructor = 'default' in loaded ? loaded.default : loaded;
export type Presentation = InstanceType<Constructor>;
export type Slide = pptxgen.default.Slide;
export type TextProps = pptxgen.default.TextProps;
export type TextPropsOptions = pptxgen.default.TextPropsOptions;
export type HyperlinkProps = pptxgen.default.HyperlinkProps;
export type PositionProps = pptxgen.default.PositionProps;
export type ChartOptions = pptxgen.default.IChartOpts;
export type TableRow = pptxgen.default.TableRow;
export type TableCell = pptxgen.default.TableCell;
