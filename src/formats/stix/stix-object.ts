/** A STIX 2.1 object as JSON: its `type` and `id`, and whatever its type defines. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}
