import { z } from 'zod';

/**
 * The `chart:` keys as editors see them (schemas/slide.schema.json). The build checks a
 * chart in depth in the data stage (validateChartSpec, with positions and did-you-mean),
 * so here every key is accepted as written and only the JSON Schema carries its type.
 */
const typed = (description: string, json: Record<string, unknown>) => z.unknown().meta({ description, ...json }).optional();
const name = { type: ['string', 'number'] };
const mapping = { type: 'object', additionalProperties: { type: ['string', 'number'] } };

export const chartSchema = z
  .object({
    type: typed('column, bar, stacked-column, line, area, donut, scatter', { type: 'string' }),
    data: typed('A data file in data/ (revenue.csv) or a sheet of a workbook (market.xlsx#Prices)', { type: 'string' }),
    x: typed('The x column', name),
    y: typed('A y column, or a list of y columns (one series each)', { anyOf: [name, { type: 'array', items: name }] }),
    series: typed('A column whose values split y into series (long data)', name),
    format: typed('A number format: usd, usd-compact, percent, signed-percent, …', { type: 'string' }),
    title: typed('Title shown with the chart', { type: 'string' }),
    caption: typed('Caption under the chart', { type: 'string' }),
    highlight: typed('An x value (or list) drawn in the accent colour', { anyOf: [name, { type: 'array', items: name }] }),
    'x-title': typed('The x axis title (a column name shows its label)', { type: 'string' }),
    'y-title': typed('The y axis title (a column name shows its label)', { type: 'string' }),
    where: typed('Only rows whose columns hold these values: { vendor: "Vendor B" }', mapping),
    labels: typed('Display names of columns and category values: { solar_gw: "Solar (GW)" }', mapping),
    'vega-lite': typed('A Vega-Lite spec file in data/, instead of type/x/y', { type: 'string' }),
  })
  .loose();
