// The map and roadmap-outlook shapes, named from the generated contract (src/api/openapi/areas-map.json).
import { call, type BodyOfRoute, type Schemas } from './endpoint';

export type RoadmapOutlook = Schemas['AreaRoadmapOutlook'];
export type ProjectedYear = RoadmapOutlook['projection']['years'][number];
export type ClosestCommunes = Schemas['AreaRoadmapClosest'];
export type ClosestCommune = ClosestCommunes['items'][number];
export type MissingCriterion = ClosestCommune['missing'][number];
export type MapData = Schemas['AreaMap'];
export type MapCommune = MapData['communes'][number];
export type MapPosition = NonNullable<MapCommune['position']>;
export type MapPoint = MapData['points'][number];
export type MapConfig = Schemas['AreaMapConfig'];

export const getRoadmapOutlook = () => call('get', '/areas/roadmap/outlook');
export const getClosestCommunes = (year: number, limit: number) =>
  call('get', '/areas/roadmap/closest', { query: { year, limit } });
export const getMap = (year: number | string) => call('get', '/areas/map', { query: { year: Number(year) } });
export const getMapConfig = () => call('get', '/areas/map/config');
export const setCommunePosition = (code: string, body: BodyOfRoute<'put', '/areas/map/communes/{code}/position'>) =>
  call('put', '/areas/map/communes/{code}/position', { path: { code }, body });
