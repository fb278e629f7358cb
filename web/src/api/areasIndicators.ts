// The plan indicators of an evaluation year, named from the generated contract
// (src/api/openapi/areas-indicators.json; the computation is src/app/areas/indicators.hpp).
import { call, urlOf, type BodyOfRoute, type Schemas } from './endpoint';

export type IndicatorsRun = Schemas['AreaIndicators'];
export type IndicatorTarget = IndicatorsRun['targets'][number];
export type IndicatorCode = IndicatorTarget['indicator'];
export type Comparison = IndicatorTarget['comparison'];
export type IndicatorResult = IndicatorsRun['total']['indicators'][number];
export type Met = IndicatorResult['met'];
export type IndicatorWindow = IndicatorsRun['window'];
export type IndicatorCommune = IndicatorsRun['communes'][number];

export const getIndicators = (year: number | string) => call('get', '/areas/indicators', { query: { year: Number(year) } });
export const setIndicatorTarget = (indicator: string, body: BodyOfRoute<'put', '/areas/indicators/targets/{indicator}'>) =>
  call('put', '/areas/indicators/targets/{indicator}', { path: { indicator }, body });
export const indicatorsExportUrl = (year: number | string) => urlOf('/areas/indicators/export.xlsx', { query: { year: Number(year) } });
