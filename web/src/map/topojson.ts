/** The little of TopoJSON the map needs: quantised, delta-encoded arcs to polygons of [lon, lat] rings. */
export interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

interface TopoGeometry {
  type: string;
  id?: string;
  properties?: { name?: string };
  arcs?: number[][] | number[][][];
}

export interface Shape {
  id: string;
  name: string;
  /** Polygons, each a list of rings of [lon, lat]. */
  polygons: [number, number][][][];
}

export function decodeTopology(topology: Topology, object: string): Shape[] {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as [number, number];
      }
      return [dx, dy] as [number, number];
    });
  });
  const ring = (indices: number[]) => {
    const points: [number, number][] = [];
    for (const index of indices) {
      const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
      points.push(...(points.length > 0 ? arc.slice(1) : arc));
    }
    // rings that cross the antimeridian (Russia, Fiji) are kept continuous instead of striping the map
    for (let i = 1; i < points.length; i++) {
      const [lon, lat] = points[i]!;
      const previous = points[i - 1]![0];
      if (lon - previous > 180) points[i] = [lon - 360, lat];
      else if (previous - lon > 180) points[i] = [lon + 360, lat];
    }
    return points;
  };
  const collection = topology.objects[object];
  if (!collection) return [];
  return collection.geometries.flatMap((geometry) => {
    let polygons: [number, number][][][];
    if (geometry.type === 'Polygon') polygons = [(geometry.arcs as number[][]).map(ring)];
    else if (geometry.type === 'MultiPolygon') polygons = (geometry.arcs as number[][][]).map((polygon) => polygon.map(ring));
    else return [];
    return [{ id: geometry.id ?? '', name: geometry.properties?.name ?? '', polygons }];
  });
}
